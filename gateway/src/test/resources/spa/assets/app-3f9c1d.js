console.log("bizsos test bundle");
