from lib import F, P, I, emit

TEXT = """Hà Giang đẩy nhanh tiến độ các dự án tái định cư vùng sạt lở

(HGĐT) - Tính đến 30/9/2024, tỉnh Hà Giang đã giải ngân 312,4 tỷ đồng vốn cho các dự án sắp xếp, ổn định dân cư vùng thiên tai, bằng 58,2% kế hoạch vốn năm 2024 (536,8 tỷ đồng). Riêng quý III/2024 giải ngân được 127 tỷ đồng, tăng 2,3 lần so với quý II.

Giai đoạn 2021-2025, tỉnh được phân bổ tổng số 1,15 nghìn tỷ đồng để thực hiện 38 dự án bố trí dân cư, trong đó 22 dự án đã hoàn thành, 11 dự án đang thi công và 5 dự án chưa khởi công. Các dự án đã ổn định chỗ ở cho 1.964 hộ, 8.752 nhân khẩu, tập trung tại các huyện Hoàng Su Phì (412 hộ), Xín Mần (385 hộ), Mèo Vạc (297 hộ) và Yên Minh (263 hộ).

Tuy nhiên, trong năm 2024, mưa lũ làm phát sinh thêm 176 điểm có nguy cơ sạt lở cao, ảnh hưởng tới gần 2.400 hộ; số hộ cần di dời khẩn cấp là 538 hộ, tăng 41% so với năm 2023. Tại thôn Nậm Ty 2, xã Nậm Ty, huyện Hoàng Su Phì, vết nứt dài hơn 300 m đã buộc chính quyền di dời toàn bộ 47 hộ đến nơi ở tạm.

Tỉnh phấn đấu đến hết năm 2025 di dời toàn bộ số hộ này, đồng thời nâng số trạm đo mưa tự động từ 64 trạm hiện nay lên 90 trạm. Mức hỗ trợ theo Nghị quyết số 09/2021/NQ-HĐND là 60 triệu đồng/hộ đối với hộ nghèo, 40 triệu đồng/hộ đối với các hộ còn lại.

Theo Sở Nông nghiệp và PTNT, để bảo đảm tiến độ, các chủ đầu tư cần hoàn thiện hồ sơ giải phóng mặt bằng trước ngày 15/11; huyện nào giải ngân dưới 50% kế hoạch vốn sẽ bị điều chuyển vốn sang địa phương khác.

Thu Phương
(Trung tâm Truyền thông tỉnh Hà Giang)
08/10/2024
"""

ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
LOC = "Hà Giang"

FIGS = [
    F("giải ngân 312,4 tỷ đồng", "312,4", 312400000000, "money", "đồng",
      "vốn giải ngân cho các dự án sắp xếp, ổn định dân cư vùng thiên tai", ASOF,
      percent=58.2, target={"value": 536800000000, "unit": "đồng"}),
    F("được 127 tỷ đồng", "127", 127000000000, "money", "đồng", "vốn giải ngân",
      P("quý III/2024", "2024-07-01", "2024-09-30"),
      change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "quý II"}),
    F("tổng số 1,15 nghìn tỷ đồng", "1,15", 1150000000000, "money", "đồng", "vốn phân bổ cho dự án bố trí dân cư", GD),
    F("thực hiện 38 dự án", "38", 38, "count", "dự án", "dự án bố trí dân cư", GD),
    F("trong đó 22 dự án", "22", 22, "count", "dự án", "dự án đã hoàn thành", GD, total=38),
    F("11 dự án", "11", 11, "count", "dự án", "dự án đang thi công", GD, total=38),
    F("và 5 dự án", "5", 5, "count", "dự án", "dự án chưa khởi công", GD, total=38),
    F("cho 1.964 hộ", "1.964", 1964, "count", "hộ", "hộ được ổn định chỗ ở", I(GD)),
    F("8.752 nhân khẩu", "8.752", 8752, "count", "nhân khẩu", "nhân khẩu được ổn định chỗ ở", I(GD)),
    F("Hoàng Su Phì (412 hộ)", "412", 412, "count", "hộ", "hộ được ổn định chỗ ở", I(GD), location="Hoàng Su Phì"),
    F("Xín Mần (385 hộ)", "385", 385, "count", "hộ", "hộ được ổn định chỗ ở", I(GD), location="Xín Mần"),
    F("Mèo Vạc (297 hộ)", "297", 297, "count", "hộ", "hộ được ổn định chỗ ở", I(GD), location="Mèo Vạc"),
    F("Yên Minh (263 hộ)", "263", 263, "count", "hộ", "hộ được ổn định chỗ ở", I(GD), location="Yên Minh"),
    F("thêm 176 điểm", "176", 176, "count", "điểm", "điểm có nguy cơ sạt lở cao phát sinh thêm", Y24),
    F("gần 2.400 hộ", "2.400", 2400, "count", "hộ", "hộ bị ảnh hưởng", Y24, approx="nearly"),
    F("là 538 hộ", "538", 538, "count", "hộ", "số hộ cần di dời khẩn cấp", Y24,
      change={"direction": "increase", "value": 41, "unit": "%", "baseline": "năm 2023"}),
    F("hơn 300 m", "300", 300, "measure", "m", "chiều dài vết nứt", approx="over", location="Hoàng Su Phì"),
    F("toàn bộ 47 hộ", "47", 47, "count", "hộ", "hộ phải di dời đến nơi ở tạm", location="Hoàng Su Phì"),
    F("từ 64 trạm", "64", 64, "count", "trạm", "trạm đo mưa tự động hiện nay"),
    F("lên 90 trạm", "90", 90, "count", "trạm", "trạm đo mưa tự động",
      P("đến hết năm 2025", None, "2025-12-31"), status="target"),
    F("là 60 triệu đồng/hộ", "60", 60000000, "money", "đồng/hộ", "mức hỗ trợ đối với hộ nghèo"),
    F("40 triệu đồng/hộ", "40", 40000000, "money", "đồng/hộ", "mức hỗ trợ đối với các hộ còn lại"),
    F("dưới 50% kế hoạch", "50", 50, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn", approx="under", optional=True),
]

COMMENTS = [
    "Provincial news (Hà Giang, tag 'HGĐT'): disbursement for resettlement projects, 2021-2025 programme, new landslide points, gauges.",
    "No dateline at the top; the bare date '08/10/2024' at the end, under the byline and office, is taken as published.",
    "Distractors: 'thôn Nậm Ty 2' (a village name with a number), 'Nghị quyết số 09/2021/NQ-HĐND', 'trước ngày 15/11', 'quý II' (a baseline).",
    "'bằng 58,2% kế hoạch vốn năm 2024 (536,8 tỷ đồng)': percent 58,2, the plan amount in brackets is the target (not a figure).",
    "'tăng 2,3 lần so với quý II' is the change of 127 tỷ. '1,15 nghìn tỷ' = 1,15·10^12. 22 + 11 + 5 = 38 dự án after 'trong đó': total 38.",
    "District list '(412 hộ)' etc. after 'tập trung tại' does not add up to 1.964: no total; period inherited from 'Giai đoạn 2021-2025'.",
    "'từ 64 trạm hiện nay lên 90 trạm': 64 actual (no period), 90 a target to 'đến hết năm 2025'. 'dưới 50% kế hoạch vốn' is a threshold (optional).",
]

emit("p389-8", TEXT, COMMENTS, FIGS, published="2024-10-08", location=LOC)
