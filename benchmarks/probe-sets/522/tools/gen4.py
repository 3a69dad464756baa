"""p522-4: Bộ TN&MT (ministry site) - national GCN coverage, land database, inspections, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ » Tin tức » Đất đai

Cả nước đã cấp giấy chứng nhận lần đầu đạt 97,4% diện tích cần cấp

Ngày đăng: 12/03/2024 | Lượt xem: 2.051

Ngày 11/3, tại Hội nghị trực tuyến triển khai Luật Đất đai năm 2024 với 63 điểm cầu, Bộ Tài nguyên và Môi trường cho biết, tính đến ngày 31/12/2023, cả nước đã cấp hơn 26,9 triệu GCN lần đầu với tổng diện tích khoảng 23,5 triệu ha, đạt 97,4% diện tích cần cấp. Tỷ lệ cấp GCN đối với đất sản xuất nông nghiệp, đất lâm nghiệp và đất ở đô thị lần lượt đạt 96,8%, 98,1% và 97,2%.

Tuy nhiên, vẫn còn 9 địa phương có tỷ lệ cấp GCN lần đầu dưới 95%, thấp nhất là Sơn La (86,3%), Điện Biên (88,7%) và Lai Châu (90,4%).

Về xây dựng cơ sở dữ liệu đất đai, đến nay đã có 41/63 tỉnh, thành phố hoàn thành và đưa vào vận hành; 285 đơn vị cấp huyện đã kết nối liên thông với Cơ sở dữ liệu quốc gia về dân cư. Năm 2023, các địa phương đã cung cấp hơn 1,2 triệu lượt thông tin đất đai, thu phí khai thác dữ liệu đạt 46,5 tỷ đồng, tăng 18,2% so với năm 2022.

Công tác thanh tra, kiểm tra cũng được đẩy mạnh: trong năm 2023, toàn ngành đã tiến hành 2.417 cuộc thanh tra, kiểm tra về đất đai, phát hiện gần 5.800 tổ chức, cá nhân vi phạm, kiến nghị thu hồi 1.356 ha đất và thu nộp ngân sách 312,7 tỷ đồng.

Bộ đặt mục tiêu đến năm 2025, 100% tỉnh, thành phố hoàn thành cơ sở dữ liệu đất đai; tỷ lệ cấp GCN lần đầu đạt từ 98 đến 99% diện tích cần cấp.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường - Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
NOW = P("đến nay", None, "2024-03-12")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("trong năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
RATE = "tỷ lệ cấp GCN lần đầu"

FIGS = [
    F("lần đầu đạt 97,4%", "97,4", 97.4, "percent", "%", subject="tỷ lệ cấp giấy chứng nhận lần đầu so với diện tích cần cấp"),
    F("với 63 điểm cầu", "63", 63, "count", "điểm cầu",
      subject="điểm cầu Hội nghị trực tuyến triển khai Luật Đất đai năm 2024"),
    F("hơn 26,9 triệu GCN", "26,9", 26.9e6, "count", "GCN", approx="over", subject="GCN lần đầu đã cấp", period=ASOF),
    F("khoảng 23,5 triệu ha", "23,5", 23.5e6, "measure", "ha", approx="about", percent=97.4,
      subject="tổng diện tích cấp GCN lần đầu", period=ASOF),
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", subject="tỷ lệ cấp GCN đối với đất sản xuất nông nghiệp",
      period=I(ASOF)),
    F("96,8%, 98,1%", "98,1", 98.1, "percent", "%", subject="tỷ lệ cấp GCN đối với đất lâm nghiệp", period=I(ASOF)),
    F("và 97,2%", "97,2", 97.2, "percent", "%", subject="tỷ lệ cấp GCN đối với đất ở đô thị", period=I(ASOF)),
    F("còn 9 địa phương", "9", 9, "count", "địa phương", subject="địa phương có tỷ lệ cấp GCN lần đầu dưới 95%",
      period=I(ASOF)),
    F("dưới 95%", "95", 95, "percent", "%", approx="under", subject=RATE, optional=True),
    F("Sơn La (86,3%)", "86,3", 86.3, "percent", "%", subject=RATE, period=I(ASOF), location="Sơn La"),
    F("Điện Biên (88,7%)", "88,7", 88.7, "percent", "%", subject=RATE, period=I(ASOF), location="Điện Biên"),
    F("Lai Châu (90,4%)", "90,4", 90.4, "percent", "%", subject=RATE, period=I(ASOF), location="Lai Châu"),
    F("có 41/63 tỉnh", "41", 41, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố hoàn thành cơ sở dữ liệu đất đai và đưa vào vận hành", period=NOW),
    F("285 đơn vị cấp huyện", "285", 285, "count", "đơn vị cấp huyện",
      subject="đơn vị cấp huyện kết nối liên thông với Cơ sở dữ liệu quốc gia về dân cư", period=NOW),
    F("hơn 1,2 triệu lượt", "1,2", 1.2e6, "count", "lượt", approx="over",
      subject="lượt thông tin đất đai đã cung cấp", period=Y23),
    F("đạt 46,5 tỷ đồng", "46,5", 46.5e9, "money", "đồng", change=CH("increase", 18.2, baseline="năm 2022"),
      subject="thu phí khai thác dữ liệu", period=Y23),
    F("tiến hành 2.417 cuộc", "2.417", 2417, "count", "cuộc", subject="cuộc thanh tra, kiểm tra về đất đai",
      period=Y23b),
    F("gần 5.800 tổ chức", "5.800", 5800, "count", "tổ chức, cá nhân", approx="nearly",
      subject="tổ chức, cá nhân vi phạm", period=Y23b),
    F("thu hồi 1.356 ha", "1.356", 1356, "measure", "ha", subject="diện tích đất kiến nghị thu hồi", period=Y23b),
    F("ngân sách 312,7 tỷ đồng", "312,7", 312.7e9, "money", "đồng", subject="thu nộp ngân sách", period=Y23b),
    F("2025, 100% tỉnh", "100", 100, "percent", "%", status="target",
      subject="tỉnh, thành phố hoàn thành cơ sở dữ liệu đất đai", period=T25),
    F("từ 98 đến 99%", "98", 98, "percent", "%", value_max=99, status="target",
      subject="tỷ lệ cấp GCN lần đầu so với diện tích cần cấp", period=T25),
]

COMMENTS = [
    "Ministry site (Bộ TN&MT): national GCN coverage at 31/12/2023, land database, inspections 2023, targets to 2025.",
    "'Ngày đăng: 12/03/2024' is published; 'Lượt xem: 2.051' is a counter. Distractors: 'Ngày 11/3', 'Luật Đất đai năm 2024',",
    "'Số 10 Tôn Thất Thuyết'. Location Việt Nam (cả nước); listed provinces go to location, the rate is the subject.",
    "'khoảng 23,5 triệu ha, đạt 97,4% diện tích cần cấp' -> 97.4 is the area's percent (the headline 97,4% is a figure of its own).",
    "'lần lượt' rates inherit the as-of date of the sentence before. 'dưới 95%' is a threshold: optional. 41/63 -> total 63.",
    "'đến nay' ends at the dateline; it governs the clause after ';' (285 đơn vị). 'đến năm 2025' targets: start null, end 2025-12-31.",
]

emit("p522-4", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Việt Nam")
