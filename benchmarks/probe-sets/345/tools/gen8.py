from lib import *

TEXT = """Siết chặt quản lý doanh nghiệp đưa lao động đi làm việc ở nước ngoài: thu hồi giấy phép 12 doanh nghiệp

Qua thanh tra, kiểm tra, nhiều doanh nghiệp dịch vụ bị phát hiện thu phí vượt quy định, quảng cáo sai sự thật, không thanh lý hợp đồng khi người lao động về nước.

Giai đoạn 2021-2023, Thanh tra Bộ Lao động - Thương binh và Xã hội đã thanh tra, kiểm tra 186 doanh nghiệp hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài, phát hiện 94 doanh nghiệp có sai phạm (chiếm 50,5%). Tổng số tiền xử phạt vi phạm hành chính hơn 8,7 tỷ đồng; Bộ đã thu hồi giấy phép của 12 doanh nghiệp và đình chỉ hoạt động 7 doanh nghiệp.

Tính đến hết tháng 6/2024, cả nước có 518 doanh nghiệp được cấp giấy phép, trong đó 61 doanh nghiệp nhà nước (chiếm 11,8%); khoảng 40% doanh nghiệp có trụ sở tại Hà Nội. Trong 6 tháng đầu năm 2024, Bộ cấp mới 23 giấy phép và gia hạn 15 giấy phép. Theo Nghị định số 112/2021/NĐ-CP, doanh nghiệp phải có vốn điều lệ từ 5 tỷ đồng trở lên và ký quỹ 1 tỷ đồng tại ngân hàng.

Về Quỹ Hỗ trợ việc làm ngoài nước, năm 2023, Quỹ đã chi hơn 21 tỷ đồng hỗ trợ 1.356 trường hợp người lao động gặp rủi ro, tai nạn, ốm đau hoặc tử vong, mức hỗ trợ tối đa 30 triệu đồng/trường hợp.

Hiện có khoảng 650.000 lao động Việt Nam đang làm việc ở hơn 40 quốc gia và vùng lãnh thổ, mỗi năm gửi về trên 80 nghìn tỷ đồng. Mục tiêu giai đoạn 2021-2025 là mỗi năm đưa từ 90.000 đến 130.000 lao động đi làm việc ở nước ngoài. Năm 2025, Thanh tra Bộ dự kiến thanh tra khoảng 50 doanh nghiệp, tập trung vào các đơn vị có đơn thư phản ánh, khiếu nại kéo dài.

Người lao động phát hiện sai phạm có thể phản ánh qua đường dây nóng 1900 6996 hoặc tới Phòng tiếp công dân, số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội.

Phương Thảo
"""

G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Gi = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31", inh=True)
A6 = P("Tính đến hết tháng 6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
figs = [
    F("giấy phép 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
      "doanh nghiệp đưa lao động đi làm việc ở nước ngoài bị thu hồi giấy phép"),
    F("kiểm tra 186 doanh nghiệp", "186", 186, "count", "doanh nghiệp",
      "doanh nghiệp hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài được thanh tra, kiểm tra", G),
    F("phát hiện 94 doanh nghiệp", "94", 94, "count", "doanh nghiệp", "doanh nghiệp có sai phạm", G, percent=50.5),
    F("hơn 8,7 tỷ đồng", "8,7", 8.7e9, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", Gi, approx="over"),
    F("của 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", "doanh nghiệp bị thu hồi giấy phép", Gi),
    F("hoạt động 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", "doanh nghiệp bị đình chỉ hoạt động", Gi),
    F("có 518 doanh nghiệp", "518", 518, "count", "doanh nghiệp", "doanh nghiệp được cấp giấy phép", A6),
    F("trong đó 61 doanh nghiệp", "61", 61, "count", "doanh nghiệp", "doanh nghiệp nhà nước được cấp giấy phép", A6,
      total=518, percent=11.8),
    F("khoảng 40% doanh nghiệp", "40", 40, "percent", "%", "doanh nghiệp có trụ sở tại Hà Nội", A6,
      approx="about", optional=True),
    F("cấp mới 23 giấy phép", "23", 23, "count", "giấy phép", "giấy phép cấp mới", H1),
    F("gia hạn 15 giấy phép", "15", 15, "count", "giấy phép", "giấy phép gia hạn", H1),
    F("từ 5 tỷ đồng trở lên", "5", 5e9, "money", "đồng", "vốn điều lệ doanh nghiệp phải có", approx="at_least",
      optional=True),
    F("ký quỹ 1 tỷ đồng", "1", 1e9, "money", "đồng", "tiền ký quỹ tại ngân hàng", optional=True),
    F("chi hơn 21 tỷ đồng", "21", 21e9, "money", "đồng", "Quỹ Hỗ trợ việc làm ngoài nước chi hỗ trợ", Y23,
      approx="over"),
    F("hỗ trợ 1.356 trường hợp", "1.356", 1356, "count", "trường hợp", "người lao động gặp rủi ro được hỗ trợ", Y23),
    F("tối đa 30 triệu đồng/trường hợp", "30", 30e6, "money", "đồng/trường hợp", "mức hỗ trợ", Y23,
      approx="at_most"),
    F("khoảng 650.000 lao động", "650.000", 650000, "count", "lao động",
      "lao động Việt Nam đang làm việc ở nước ngoài", approx="about"),
    F("hơn 40 quốc gia", "40", 40, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ có lao động Việt Nam làm việc", approx="over"),
    F("trên 80 nghìn tỷ đồng", "80", 80e12, "money", "đồng", "tiền lao động gửi về mỗi năm", approx="over"),
    F("từ 90.000 đến 130.000 lao động", "90.000", 90000, "count", "lao động",
      "lao động đi làm việc ở nước ngoài mỗi năm", P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"),
      value_max=130000, status="target"),
    F("khoảng 50 doanh nghiệp", "50", 50, "count", "doanh nghiệp", "doanh nghiệp được thanh tra",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]
COMMENTS = [
    "National press (Nhân Dân style: title + sapo), no date anywhere (published null, not scored); byline at the end.",
    "National figures: location Việt Nam; 'tại Hà Nội' in the share of companies headquartered there: that figure is optional (place of subset vs nation).",
    "'phát hiện 94 doanh nghiệp có sai phạm (chiếm 50,5%)' -> percent attribute; no part-of cue, so no total 186.",
    "'Giai đoạn 2021-2023' governs the next sentence (inherited). 'trong đó 61 doanh nghiệp nhà nước (chiếm 11,8%)' -> total 518 + percent.",
    "Legal thresholds from the decree (vốn điều lệ từ 5 tỷ trở lên, ký quỹ 1 tỷ) are optional. 'mức hỗ trợ tối đa 30 triệu đồng/trường hợp' -> at_most, rate unit.",
    "'Hiện có khoảng 650.000 ...' and 'hơn 40 quốc gia' and 'trên 80 nghìn tỷ đồng' (×10^12) carry no dated period.",
    "'Mục tiêu giai đoạn 2021-2025 ... từ 90.000 đến 130.000' range target; 'dự kiến thanh tra khoảng 50' forecast.",
    "Headline '12 doanh nghiệp' and body '12 doanh nghiệp' are two mentions (both figures). Distractors: hotline 1900 6996, address, decree number.",
]
build(8, TEXT, figs, COMMENTS, location="Việt Nam")
