from lib import *

A = """BÁO LÀO CAI
Kinh tế › Công nghiệp

Thủy điện nhỏ - nguồn thu quan trọng của Lào Cai

(BLC) - Tính đến ngày 30/6/2024, trên địa bàn tỉnh có 68 nhà máy thủy điện đang vận hành với tổng công suất 1.012,5 MW; trong đó 52 nhà máy thủy điện nhỏ (công suất dưới 30 MW) với tổng công suất 598,3 MW. Các địa phương có nhiều thủy điện nhỏ nhất là Bát Xát (14 nhà máy), Văn Bàn (12 nhà máy), Bảo Yên (9 nhà máy) và thị xã Sa Pa (8 nhà máy).

6 tháng đầu năm, sản lượng điện thương phẩm của các nhà máy thủy điện ước đạt 1.850 triệu kWh, tăng 7,4% so với cùng kỳ. Chỉ số sản xuất ngành sản xuất và phân phối điện tăng 9,8%, đóng góp khoảng 1,2 điểm phần trăm vào mức tăng chung của chỉ số sản xuất công nghiệp toàn tỉnh. Thu ngân sách từ các doanh nghiệp thủy điện đạt 412 tỷ đồng, chiếm khoảng 18% tổng thu nội địa.

Tuy nhiên, do nắng nóng kéo dài trong quý II, nhiều hồ chứa xuống dưới mực nước chết, sản lượng của một số nhà máy giảm từ 30% đến 50% so với kế hoạch. Từ đầu năm đến nay, ngành chức năng đã kiểm tra 21 công trình thủy điện, phát hiện 3 đơn vị vi phạm quy trình vận hành hồ chứa, xử phạt tổng cộng 245 triệu đồng.

Theo Quy hoạch tỉnh Lào Cai thời kỳ 2021-2030, đến năm 2030 tỉnh phát triển thêm 57 dự án thủy điện nhỏ với tổng công suất khoảng 620 MW. Tỉnh cũng đang kêu gọi đầu tư 2 dự án điện sinh khối sử dụng phụ phẩm nông, lâm nghiệp với tổng công suất 30 MW, suất đầu tư dự kiến khoảng 45 tỷ đồng/MW.

Mọi thông tin về sự cố lưới điện, người dân liên hệ Công ty Điện lực Lào Cai qua đường dây nóng 0214.3840.299.

Thanh Bình
"""

asof = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
h1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
q2 = P("trong quý II", "2024-04-01", "2024-06-30")
ytd = P("Từ đầu năm đến nay", "2024-01-01", None)
t30 = P("đến năm 2030", None, "2030-12-31")

figs = [
    F("có 68 nhà máy", "68", 68, "count", "nhà máy", "nhà máy thủy điện đang vận hành", asof),
    F("công suất 1.012,5 MW", "1.012,5", 1012.5, "measure", "MW", "tổng công suất nhà máy thủy điện", asof),
    F("đó 52 nhà máy", "52", 52, "count", "nhà máy", "nhà máy thủy điện nhỏ", asof, total=68),
    F("dưới 30 MW", "30", 30, "measure", "MW", "công suất thủy điện nhỏ", approx="under", optional=True),
    F("công suất 598,3 MW", "598,3", 598.3, "measure", "MW", "tổng công suất nhà máy thủy điện nhỏ", asof, total=1012.5),
    F("Bát Xát (14 nhà máy)", "14", 14, "count", "nhà máy", "thủy điện nhỏ", I(asof), location="Bát Xát"),
    F("Văn Bàn (12 nhà máy)", "12", 12, "count", "nhà máy", "thủy điện nhỏ", I(asof), location="Văn Bàn"),
    F("Bảo Yên (9 nhà máy)", "9", 9, "count", "nhà máy", "thủy điện nhỏ", I(asof), location="Bảo Yên"),
    F("Sa Pa (8 nhà máy)", "8", 8, "count", "nhà máy", "thủy điện nhỏ", I(asof), location="Sa Pa"),
    F("ước đạt 1.850 triệu kWh", "1.850", 1850e6, "measure", "kWh", "sản lượng điện thương phẩm của các nhà máy thủy điện", h1,
      status="estimate", change=CH("increase", 7.4, "%", "cùng kỳ")),
    F("điện tăng 9,8%", "9,8", 9.8, "percent", "%", "chỉ số sản xuất ngành sản xuất và phân phối điện", I(h1)),
    F("khoảng 1,2 điểm phần trăm", "1,2", 1.2, "measure", "điểm phần trăm",
      "đóng góp của ngành sản xuất và phân phối điện vào mức tăng chung của chỉ số sản xuất công nghiệp toàn tỉnh", I(h1), approx="about"),
    F("đạt 412 tỷ đồng", "412", 412e9, "money", "đồng", "thu ngân sách từ các doanh nghiệp thủy điện", I(h1), percent=18),
    F("từ 30% đến 50%", "30", 30, "percent", "%", "sản lượng của một số nhà máy giảm so với kế hoạch", q2, value_max=50),
    F("kiểm tra 21 công trình", "21", 21, "count", "công trình", "công trình thủy điện được kiểm tra", ytd),
    F("phát hiện 3 đơn vị", "3", 3, "count", "đơn vị", "đơn vị vi phạm quy trình vận hành hồ chứa", ytd),
    F("tổng cộng 245 triệu đồng", "245", 245e6, "money", "đồng", "xử phạt", ytd),
    F("thêm 57 dự án", "57", 57, "count", "dự án", "dự án thủy điện nhỏ phát triển thêm", t30, status="target"),
    F("khoảng 620 MW", "620", 620, "measure", "MW", "tổng công suất dự án thủy điện nhỏ phát triển thêm", t30, approx="about",
      status="target"),
    F("tư 2 dự án", "2", 2, "count", "dự án", "dự án điện sinh khối kêu gọi đầu tư"),
    F("công suất 30 MW", "30", 30, "measure", "MW", "tổng công suất dự án điện sinh khối"),
    F("khoảng 45 tỷ đồng/MW", "45", 45e9, "money", "đồng/MW", "suất đầu tư", approx="about", status="forecast"),
]

build("p237-8", A, figs, [
    "Báo Lào Cai (Party newspaper) without any dateline: small hydropower to 30/6/2024, 6-month output, budget, drought, biomass call.",
    "No date in the text, so no 'published'. Year-less '6 tháng đầu năm', 'quý II', 'Từ đầu năm' take 2024 from the earlier",
    "'Tính đến ngày 30/6/2024'; 'Từ đầu năm đến nay' ends at published, which is null. '(công suất dưới 30 MW)' is the definition",
    "threshold of small hydro (optional). 'tăng 9,8%' is a growth rate standing as the claim (percent, no change); '1,2 điểm phần trăm'",
    "its contribution (a measure of its own). 'giảm từ 30% đến 50% so với kế hoạch' is a rate with no base amount: percent range.",
    "District list items take location; 'thị xã Sa Pa' -> Sa Pa. '3 đơn vị' is not a part of '21 công trình' (different units).",
    "revised: the subject of '1,2 điểm phần trăm' now names the contributor (the electricity sector, grammatical subject of 'đóng góp'),",
    "as the headline figure of p237-5 does; without it the indicator was not identified.",
    "Distractors: 'Quy hoạch tỉnh … thời kỳ 2021-2030' (plan name), hotline 0214.3840.299, '(BLC)'.",
], location="Lào Cai")
