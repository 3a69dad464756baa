from lib import F, P, I, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM - THÀNH PHỐ HÀ NỘI

Gia Lâm: 93/102 trường công lập đạt chuẩn quốc gia

Tính đến ngày 30/9/2024, huyện Gia Lâm có 93/102 trường công lập đạt chuẩn quốc gia, đạt 91,2%, vượt 1,2% so với kế hoạch năm 2024. Riêng từ đầu năm đến nay, huyện có thêm bảy trường được công nhận, gồm hai trường mầm non, ba trường tiểu học và hai trường THCS.

Năm 2024, tổng vốn đầu tư xây dựng, cải tạo trường học trên địa bàn huyện ước đạt 1.265 tỷ đồng, tăng 23,4% so với năm 2023; trong đó vốn ngân sách thành phố 742 tỷ đồng, ngân sách huyện 523 tỷ đồng. Huyện đã đưa vào sử dụng 5 trường học mới với 186 phòng học, đồng thời cải tạo gần 90 khu vệ sinh học sinh. Trường Tiểu học Kiêu Kỵ 2 tại thôn 5 xã Kiêu Kỵ được xây mới hoàn toàn.

Tuy vậy, sĩ số bình quân ở một số trường tiểu học tại các xã Đặng Xá, Phú Thị vẫn ở mức 45-48 học sinh/lớp, cao hơn mức quy định của Bộ GD&ĐT. Toàn huyện còn thiếu khoảng 140 phòng học, tập trung ở khu vực các khu đô thị mới.

Giai đoạn 2025-2030, huyện phấn đấu 100% trường công lập đạt chuẩn quốc gia, trong đó trên 50% đạt chuẩn mức độ 2; dự kiến cần khoảng 3,5 nghìn tỷ đồng cho xây mới 12 trường và mở rộng 20 trường hiện có.

Văn phòng HĐND và UBND huyện - Số 1 Đường Cổ Bi; ĐT: 024.3827.6120
Ngày 04/10/2024
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
SINCE = P("từ đầu năm đến nay", "2024-01-01", "2024-10-04")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
G = P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    F("Gia Lâm: 93/102", "93", 93, "count", "trường", "trường công lập đạt chuẩn quốc gia", I(ASOF), total=102),
    F("có 93/102", "93", 93, "count", "trường", "trường công lập đạt chuẩn quốc gia", ASOF, total=102, percent=91.2,
      change={"direction": "increase", "value": 1.2, "unit": "%", "baseline": "kế hoạch năm 2024"}),
    F("thêm bảy trường", "bảy", 7, "count", "trường", "trường được công nhận", SINCE),
    F("hai trường mầm non", "hai", 2, "count", "trường", "trường mầm non được công nhận", SINCE, total=7),
    F("ba trường tiểu học", "ba", 3, "count", "trường", "trường tiểu học được công nhận", SINCE, total=7),
    F("hai trường THCS", "hai", 2, "count", "trường", "trường THCS được công nhận", SINCE, total=7),
    F("ước đạt 1.265 tỷ đồng", "1.265", 1265e9, "money", "đồng", "tổng vốn đầu tư xây dựng, cải tạo trường học", Y24,
      status="estimate", change={"direction": "increase", "value": 23.4, "unit": "%", "baseline": "năm 2023"}),
    F("thành phố 742 tỷ đồng", "742", 742e9, "money", "đồng", "vốn ngân sách thành phố", Y24, total=1265e9, status="estimate"),
    F("huyện 523 tỷ đồng", "523", 523e9, "money", "đồng", "ngân sách huyện", Y24, total=1265e9, status="estimate"),
    F("sử dụng 5 trường", "5", 5, "count", "trường", "trường học mới đưa vào sử dụng", I(Y24)),
    F("với 186 phòng học", "186", 186, "count", "phòng học", "phòng học", I(Y24)),
    F("gần 90 khu vệ sinh", "90", 90, "count", "khu vệ sinh", "khu vệ sinh học sinh cải tạo", I(Y24), approx="nearly"),
    F("mức 45-48", "45", 45, "measure", "học sinh/lớp", "sĩ số bình quân ở một số trường tiểu học", value_max=48),
    F("khoảng 140 phòng học", "140", 140, "count", "phòng học", "phòng học còn thiếu", approx="about"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "trường công lập đạt chuẩn quốc gia", G, status="target"),
    F("trên 50%", "50", 50, "percent", "%", "trường đạt chuẩn mức độ 2", G, approx="over", status="target"),
    F("khoảng 3,5 nghìn tỷ đồng", "3,5", 3.5e12, "money", "đồng", "vốn cần cho xây mới và mở rộng trường", G,
      approx="about", status="forecast"),
    F("xây mới 12 trường", "12", 12, "count", "trường", "trường xây mới", G, status="forecast"),
    F("mở rộng 20 trường", "20", 20, "count", "trường", "trường hiện có mở rộng", G, status="forecast"),
]

COMMENTS = [
    "District portal (huyện Gia Lâm, Hà Nội): national-standard schools to 30/9/2024, recognitions since January, capital 2024, needs, targets",
    "2025-2030. No dateline at the top: a bare 'Ngày 04/10/2024' at the end is the article's date (published). Location Gia Lâm (communes",
    "Đặng Xá, Phú Thị, Kiêu Kỵ are below district level).",
    "Distractors: 'Trường Tiểu học Kiêu Kỵ 2', 'thôn 5', 'Số 1 Đường Cổ Bi', phone 024.3827.6120, 'chuẩn mức độ 2', dates.",
    "Headline 93/102 repeats the body's figure (own figure, period inherited). 93/102 'đạt 91,2%, vượt 1,2% so với kế hoạch năm 2024':",
    "share and a gap to plan (a change with that baseline, FIGURES.md 'Result against plan').",
    "'thêm bảy trường được công nhận, gồm hai …, ba …, hai …': number words; parts take total 7. 'từ đầu năm đến nay' ends at 2024-10-04.",
    "1.265 tỷ 'ước đạt' estimate with change; the parts after '; trong đó' continue that clause (estimate, total 1.265 tỷ).",
    "'45-48 học sinh/lớp' a measure range (rate unit). 'phấn đấu 100% …, trong đó trên 50% …' targets; '; dự kiến cần khoảng 3,5 nghìn tỷ",
    "đồng cho xây mới 12 trường và mở rộng 20 trường': forecast money and two forecast counts, period Giai đoạn 2025-2030 (same sentence).",
]

emit("p360-8", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Gia Lâm")
