from lib import F, P, INH, CH, emit

TEXT = """BÁO QUẢNG TRỊ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG TRỊ
Pháp luật

Bắt giữ 286 đối tượng trong đợt cao điểm tấn công, trấn áp tội phạm dịp Tết

(QT) - Từ ngày 15/12/2023 đến ngày 15/2/2024, Công an tỉnh Quảng Trị đã mở đợt cao điểm tấn công, trấn áp các loại tội phạm, bảo đảm an ninh trật tự dịp Tết Nguyên đán Giáp Thìn 2024. Kết quả, lực lượng Công an toàn tỉnh đã phát hiện, bắt giữ 174 vụ, 286 đối tượng vi phạm pháp luật, triệt xóa 9 băng, ổ nhóm tội phạm.

Trong đó, tội phạm về trật tự xã hội 61 vụ, 97 đối tượng; tội phạm về ma túy 48 vụ, 72 đối tượng; còn lại là các vụ buôn lậu, gian lận thương mại và vi phạm về môi trường. Lực lượng chức năng đã bắt, vận động 17 đối tượng truy nã ra đầu thú, trong đó có 3 đối tượng truy nã đặc biệt nguy hiểm.

Về đánh bạc, lực lượng Công an phát hiện 23 vụ, 118 đối tượng, thu giữ gần 265 triệu đồng tiền mặt. Công an các địa phương còn thu giữ 412,6 kg pháo nổ, 5 khẩu súng và 31 vũ khí thô sơ; nhiều nhất là TP. Đông Hà (138 kg), huyện Vĩnh Linh (96,5 kg) và huyện Hướng Hóa (72 kg).

Trong 7 ngày nghỉ Tết (từ ngày 8/2 đến ngày 14/2/2024), trên địa bàn tỉnh xảy ra 2 vụ tai nạn giao thông, làm 2 người chết, giảm 1 vụ so với Tết Quý Mão 2023; lực lượng Cảnh sát giao thông xử lý 1.046 trường hợp vi phạm nồng độ cồn.

Đại tá Lê Quang Nam, Giám đốc Công an tỉnh cho biết, tỷ lệ điều tra, khám phá các vụ án về trật tự xã hội trong đợt cao điểm đạt 91,8%, cao hơn 6,3% so với cùng kỳ.

HOÀNG ANH
18/02/2024, 16:05
"""

CAO = INH(P("Từ ngày 15/12/2023 đến ngày 15/2/2024", "2023-12-15", "2024-02-15"))
TET = P("từ ngày 8/2 đến ngày 14/2/2024", "2024-02-08", "2024-02-14")

FIGS = [
    F("Bắt giữ 286 đối tượng", "286", 286, "count", "đối tượng",
      "đối tượng bắt giữ trong đợt cao điểm tấn công, trấn áp tội phạm", CAO),
    F("giữ 174 vụ", "174", 174, "count", "vụ", "vụ vi phạm pháp luật phát hiện, bắt giữ", CAO),
    F("vụ, 286 đối tượng", "286", 286, "count", "đối tượng", "đối tượng vi phạm pháp luật phát hiện, bắt giữ", CAO),
    F("triệt xóa 9 băng", "9", 9, "count", "băng, ổ nhóm", "băng, ổ nhóm tội phạm triệt xóa", CAO),
    F("xã hội 61 vụ", "61", 61, "count", "vụ", "tội phạm về trật tự xã hội", CAO, total=174),
    F("97 đối tượng", "97", 97, "count", "đối tượng", "đối tượng tội phạm về trật tự xã hội", CAO, total=286),
    F("ma túy 48 vụ", "48", 48, "count", "vụ", "tội phạm về ma túy", CAO, total=174),
    F("72 đối tượng", "72", 72, "count", "đối tượng", "đối tượng tội phạm về ma túy", CAO, total=286),
    F("vận động 17 đối tượng", "17", 17, "count", "đối tượng", "đối tượng truy nã bị bắt, vận động ra đầu thú", CAO),
    F("có 3 đối tượng", "3", 3, "count", "đối tượng", "đối tượng truy nã đặc biệt nguy hiểm", CAO, total=17),
    F("phát hiện 23 vụ", "23", 23, "count", "vụ", "vụ đánh bạc", CAO),
    F("118 đối tượng", "118", 118, "count", "đối tượng", "đối tượng đánh bạc", CAO),
    F("gần 265 triệu", "265", 265000000, "money", "đồng", "tiền mặt thu giữ trong các vụ đánh bạc", CAO,
      approx="nearly"),
    F("412,6 kg", "412,6", 412.6, "measure", "kg", "pháo nổ thu giữ", CAO),
    F("5 khẩu súng", "5", 5, "count", "khẩu súng", "súng thu giữ", CAO),
    F("31 vũ khí", "31", 31, "count", "vũ khí thô sơ", "vũ khí thô sơ thu giữ", CAO),
    F("(138 kg)", "138", 138, "measure", "kg", "pháo nổ thu giữ", CAO, location="Đông Hà"),
    F("(96,5 kg)", "96,5", 96.5, "measure", "kg", "pháo nổ thu giữ", CAO, location="Vĩnh Linh"),
    F("(72 kg)", "72", 72, "measure", "kg", "pháo nổ thu giữ", CAO, location="Hướng Hóa"),
    F("xảy ra 2 vụ", "2", 2, "count", "vụ", "vụ tai nạn giao thông", TET,
      change=CH("decrease", 1, "vụ", "Tết Quý Mão 2023")),
    F("làm 2 người", "2", 2, "count", "người", "người chết do tai nạn giao thông", TET),
    F("xử lý 1.046 trường hợp", "1.046", 1046, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn xử lý", TET),
    F("đạt 91,8%", "91,8", 91.8, "percent", "%", "tỷ lệ điều tra, khám phá các vụ án về trật tự xã hội", CAO,
      change=CH("increase", 6.3, "%", "cùng kỳ")),
]

COMMENTS = [
    "Báo Quảng Trị (Party newspaper): Tết crackdown results; byline and date at the end ('HOÀNG ANH / 18/02/2024, 16:05', published).",
    "The campaign period 'Từ ngày 15/12/2023 đến ngày 15/2/2024' stands in the lead sentence, which has no figure: all campaign figures",
    "inherit it (unscored); 'trong đợt cao điểm' is only a reference to it. The Tết traffic sentence has its own dates (scored).",
    "'Trong đó, ... 61 vụ, 97 đối tượng; ... 48 vụ, 72 đối tượng': parts of 174 vụ / 286 đối tượng (the same thing counted), across the",
    "sentence break after '9 băng, ổ nhóm' (which counts something else). '17 đối tượng truy nã ..., trong đó có 3' → total 17.",
    "District items '(138 kg)', '(96,5 kg)', '(72 kg)' of the 412,6 kg pháo nổ: location each, no total (no cue, do not add up).",
    "'giảm 1 vụ so với Tết Quý Mão 2023' is the change of 2 vụ. '91,8%, cao hơn 6,3% so với cùng kỳ' → change of the rate.",
    "Distractors: '(QT)', '7 ngày nghỉ Tết' (duration), 'Giáp Thìn 2024', 'Quý Mão 2023', dates, byline time '16:05'.",
]

emit("p531-5", TEXT, COMMENTS, FIGS, published="2024-02-18", location="Quảng Trị")
