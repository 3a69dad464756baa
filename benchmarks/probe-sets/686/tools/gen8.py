from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Trang chủ > Tin tức > Trật tự an toàn giao thông
Ngày cập nhật 03/02/2025

Đà Nẵng: Vi phạm nồng độ cồn giảm 46,3% sau một tháng áp dụng Nghị định 168

Từ ngày 1/1 đến ngày 2/2/2025, Công an thành phố đã kiểm tra nồng độ cồn đối với 58.420 lượt người điều khiển phương tiện, phát hiện 1.287 trường hợp vi phạm, giảm 46,3% so với cùng kỳ năm 2024, gồm 164 trường hợp điều khiển ô tô, 1.109 trường hợp điều khiển mô tô, xe gắn máy và 14 trường hợp điều khiển xe đạp điện.

Phân theo địa bàn, số trường hợp vi phạm gồm: Hải Châu (298), Thanh Khê (241), Liên Chiểu (203), Sơn Trà (187), Cẩm Lệ (176), Ngũ Hành Sơn (143) và huyện Hòa Vang (39).

Đáng chú ý, có 798 trường hợp, chiếm 62% số người vi phạm, có nồng độ cồn vượt quá 0,4 miligam/lít khí thở. Tổng số tiền phạt ước đạt 10,25 tỷ đồng, tăng gấp 2,1 lần so với cùng kỳ do mức phạt mới cao hơn; bình quân mỗi ngày lực lượng chức năng phát hiện khoảng 39 trường hợp vi phạm.

Theo Công điện số 05/CĐ-UBND của UBND thành phố, trong tháng 2/2025, Công an thành phố dự kiến duy trì 24 tổ công tác kiểm tra nồng độ cồn mỗi đêm, tập trung trên các tuyến đường 2 Tháng 9, Võ Văn Kiệt, Nguyễn Tất Thành và khu vực cầu Rồng.

Người dân phản ánh hành vi vi phạm qua đường dây nóng 0236.3822.111 hoặc ứng dụng "Đà Nẵng Smartcity".
"""

R = P("Từ ngày 1/1 đến ngày 2/2/2025", "2025-01-01", "2025-02-02")
Ri = I(R)
S = "số trường hợp vi phạm nồng độ cồn"


def d(name, num, v, loc):
    return F(f"{name} ({num})", num, v, "count", "trường hợp", S, Ri, total=1287, location=loc)


FIGS = [
    F("giảm 46,3% sau", "46,3", 46.3, "percent", "%", "vi phạm nồng độ cồn", Ri),
    F("đối với 58.420 lượt", "58.420", 58420, "count", "lượt người điều khiển phương tiện",
      "lượt người điều khiển phương tiện được kiểm tra nồng độ cồn", R),
    F("phát hiện 1.287 trường hợp", "1.287", 1287, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn", R,
      change=CH("decrease", 46.3, "%", "cùng kỳ năm 2024")),
    F("gồm 164 trường hợp", "164", 164, "count", "trường hợp", "trường hợp điều khiển ô tô vi phạm", R, total=1287),
    F("ô tô, 1.109 trường hợp", "1.109", 1109, "count", "trường hợp", "trường hợp điều khiển mô tô, xe gắn máy vi phạm",
      R, total=1287),
    F("và 14 trường hợp", "14", 14, "count", "trường hợp", "trường hợp điều khiển xe đạp điện vi phạm", R, total=1287),
    d("Hải Châu", "298", 298, "Hải Châu"),
    d("Thanh Khê", "241", 241, "Thanh Khê"),
    d("Liên Chiểu", "203", 203, "Liên Chiểu"),
    d("Sơn Trà", "187", 187, "Sơn Trà"),
    d("Cẩm Lệ", "176", 176, "Cẩm Lệ"),
    d("Ngũ Hành Sơn", "143", 143, "Ngũ Hành Sơn"),
    d("Hòa Vang", "39", 39, "Hòa Vang"),
    F("có 798 trường hợp", "798", 798, "count", "trường hợp",
      "trường hợp có nồng độ cồn vượt quá 0,4 miligam/lít khí thở", Ri, percent=62),
    F("vượt quá 0,4", "0,4", 0.4, "measure", "miligam/lít khí thở", approx="over", optional=True),
    F("ước đạt 10,25 tỷ đồng", "10,25", 10250000000, "money", "đồng", "tổng số tiền phạt", Ri,
      change=CH("increase", 2.1, "lần", "cùng kỳ"), status="estimate"),
    F("khoảng 39 trường hợp", "39", 39, "count", "trường hợp", "trường hợp vi phạm phát hiện bình quân mỗi ngày", Ri,
      approx="about"),
    F("duy trì 24 tổ", "24", 24, "count", "tổ công tác", "tổ công tác kiểm tra nồng độ cồn mỗi đêm",
      P("trong tháng 2/2025", "2025-02-01", "2025-02-28"), status="forecast"),
]

COMMENTS = [
    "p686-8 — city portal (Đà Nẵng), 'Ngày cập nhật 03/02/2025': one month of Nghị định 168, drink-driving checks by vehicle and district.",
    "Distractors: 'Nghị định 168', 'sau một tháng' (duration), 'Công điện số 05/CĐ-UBND', 'đường 2 Tháng 9', 'cầu Rồng', hotline 0236.3822.111,",
    "'cùng kỳ năm 2024' (baseline).",
    "Headline 'giảm 46,3%' stands as its own claim (percent, no change); in the lead the same 46,3% is the change of 1.287.",
    "'gồm 164 …, 1.109 … và 14 …' add up to 1.287 -> total. The district list after 'Phân theo địa bàn, số trường hợp vi phạm gồm:'",
    "follows the 1.287 across a sentence break and adds up to it -> total 1287; bracketed numbers carry no unit (trường hợp from context).",
    "'798 trường hợp, chiếm 62%' -> percent; the legal threshold 'vượt quá 0,4 miligam/lít khí thở' is optional.",
    "'Tổng số tiền phạt ước đạt 10,25 tỷ đồng, tăng gấp 2,1 lần' -> estimate with a change in lần. 'dự kiến duy trì 24 tổ' -> forecast.",
]

if __name__ == "__main__":
    emit("p686-8", TEXT, COMMENTS, FIGS, published="2025-02-03", location="Đà Nẵng")
