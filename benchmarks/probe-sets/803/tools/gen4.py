"""p803-4: Bộ VHTTDL site, national mobile cinema and circus results 2023."""
from lib import F, P, I, C, T, emit

TEXT = """
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ » Tin hoạt động » Điện ảnh

Năm 2023: cả nước tổ chức hơn 54 nghìn buổi chiếu phim lưu động

19/01/2024 | 15:40

Tại Hội nghị tổng kết công tác điện ảnh năm 2023 do Cục Điện ảnh tổ chức ngày 18/01, đại diện Cục cho biết: tính đến 31/12/2023, cả nước có 57/63 tỉnh, thành phố duy trì đội chiếu phim lưu động với tổng số 412 đội và khoảng 1.350 người làm công tác chiếu phim. Trong năm 2023, các đội đã tổ chức 54.216 buổi chiếu, tăng 6,3% so với năm 2022, phục vụ gần 9,8 triệu lượt người xem; trong đó số buổi chiếu ở vùng sâu, vùng xa, biên giới, hải đảo chiếm 71,4%.

Các địa phương dẫn đầu về số buổi chiếu lần lượt là Thanh Hóa (2.184 buổi), Nghệ An (1.967 buổi) và Gia Lai (1.752 buổi). Có 38 địa phương thực hiện lồng tiếng phim ra 22 thứ tiếng dân tộc thiểu số; riêng năm 2023, Trung tâm Chiếu phim Quốc gia đã cung cấp 146 đầu phim, gấp 1,4 lần năm 2022.

Về nghệ thuật xiếc, Liên đoàn Xiếc Việt Nam và 9 đơn vị xiếc ngoài công lập đã dàn dựng 17 chương trình mới, biểu diễn 1.260 suất, thu hút khoảng 860.000 lượt khán giả. Doanh thu bán vé của các đơn vị xiếc đạt 38,5 tỷ đồng, vượt 10% kế hoạch.

Tuy nhiên, đến nay vẫn còn khoảng 30% số máy chiếu đã sử dụng trên 10 năm. Mục tiêu đến năm 2025, 100% đội chiếu phim lưu động được trang bị máy chiếu kỹ thuật số; mỗi năm mỗi đội thực hiện tối thiểu 150 buổi chiếu.

Cục Điện ảnh - Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3943.8231
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến 31/12/2023", None, "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("hơn 54 nghìn buổi", "54", 54000, "count", "buổi chiếu", "buổi chiếu phim lưu động",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("57/63 tỉnh", "57", 57, "count", "tỉnh, thành phố", "tỉnh, thành phố duy trì đội chiếu phim lưu động", ASOF,
      total=63),
    F("tổng số 412 đội", "412", 412, "count", "đội", "đội chiếu phim lưu động", ASOF),
    F("khoảng 1.350 người", "1.350", 1350, "count", "người", "người làm công tác chiếu phim", ASOF, approx="about"),
    F("tổ chức 54.216 buổi", "54.216", 54216, "count", "buổi chiếu", "buổi chiếu phim lưu động", Y23,
      change=C("increase", 6.3, "%", "năm 2022")),
    F("gần 9,8 triệu", "9,8", 9.8e6, "count", "lượt người xem", "lượt người xem phim lưu động", Y23, approx="nearly"),
    F("chiếm 71,4%", "71,4", 71.4, "percent", "%", "tỷ lệ buổi chiếu ở vùng sâu, vùng xa, biên giới, hải đảo", Y23),
    F("Thanh Hóa (2.184 buổi)", "2.184", 2184, "count", "buổi", "số buổi chiếu", I(Y23), location="Thanh Hóa"),
    F("Nghệ An (1.967 buổi)", "1.967", 1967, "count", "buổi", "số buổi chiếu", I(Y23), location="Nghệ An"),
    F("Gia Lai (1.752 buổi)", "1.752", 1752, "count", "buổi", "số buổi chiếu", I(Y23), location="Gia Lai"),
    F("Có 38 địa phương", "38", 38, "count", "địa phương", "địa phương thực hiện lồng tiếng phim dân tộc thiểu số"),
    F("ra 22 thứ tiếng", "22", 22, "count", "thứ tiếng", "thứ tiếng dân tộc thiểu số được lồng tiếng phim"),
    F("cung cấp 146 đầu phim", "146", 146, "count", "đầu phim", "đầu phim Trung tâm Chiếu phim Quốc gia cung cấp",
      Y23, change=C("increase", 1.4, "lần", "năm 2022")),
    F("và 9 đơn vị", "9", 9, "count", "đơn vị xiếc ngoài công lập", "đơn vị xiếc ngoài công lập", I(Y23)),
    F("dàn dựng 17 chương trình", "17", 17, "count", "chương trình", "chương trình xiếc mới dàn dựng", I(Y23)),
    F("biểu diễn 1.260 suất", "1.260", 1260, "count", "suất", "suất biểu diễn xiếc", I(Y23)),
    F("khoảng 860.000 lượt", "860.000", 860000, "count", "lượt khán giả", "lượt khán giả xem xiếc", I(Y23),
      approx="about"),
    F("đạt 38,5 tỷ đồng", "38,5", 38.5e9, "money", "đồng", "doanh thu bán vé của các đơn vị xiếc", I(Y23),
      change=C("increase", 10, "%", "kế hoạch")),
    F("khoảng 30%", "30", 30, "percent", "%", "tỷ lệ máy chiếu đã sử dụng trên 10 năm",
      P("đến nay", None, "2024-01-19"), approx="about"),
    F("trên 10 năm", "10", 10, "measure", "năm", "thời gian máy chiếu đã sử dụng", approx="over", optional=True),
    F("2025, 100%", "100", 100, "percent", "%", "đội chiếu phim lưu động được trang bị máy chiếu kỹ thuật số", TO25,
      status="target"),
    F("tối thiểu 150 buổi", "150", 150, "measure", "buổi chiếu/đội/năm", "buổi chiếu mỗi đội mỗi năm", TO25,
      approx="at_least", status="target"),
]

NOTES = [
    "Ministry site (Bộ VHTTDL, Cục Điện ảnh): national mobile cinema and circus results 2023; dateline '19/01/2024 | 15:40'.",
    "Location Việt Nam (national totals); the ranking list 'lần lượt là Thanh Hóa (2.184 buổi) ...' gives provincial figures.",
    "'57/63 tỉnh, thành phố' -> total 63; 'gấp 1,4 lần năm 2022' after 146 đầu phim is its change (increase 1,4 lần).",
    "'vượt 10% kế hoạch' is a gap to plan -> change with baseline 'kế hoạch'. 'đến nay' ends at the dateline.",
    "'trên 10 năm' is a category threshold (optional). 'mỗi năm mỗi đội ... tối thiểu 150 buổi' is a rate (measure).",
    "Distractors: ngày 18/01, 15:40, address 51 Ngô Quyền, phone 024.3943.8231.",
]

if __name__ == "__main__":
    emit("p803-4", TEXT, NOTES, FIGS, published="2024-01-19", location="Việt Nam")
