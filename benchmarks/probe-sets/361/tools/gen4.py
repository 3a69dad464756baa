from lib import build, F, P, C

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Tin tức - Sự kiện > Năng lượng

Tăng cường quản lý vận hành, bảo đảm an toàn các công trình thủy điện vừa và nhỏ

(MOIT) - Theo số liệu của Cục Điện lực và Năng lượng tái tạo, tính đến tháng 8/2024, cả nước có 1.123 nhà máy thủy điện vừa và nhỏ (công suất đến 30 MW) đang vận hành với tổng công suất khoảng 6.890 MW, chiếm 8,6% tổng công suất đặt của hệ thống điện quốc gia. Trong 8 tháng năm 2024, các nhà máy này phát lên lưới khoảng 19,6 tỷ kWh, tăng 12,3% so với cùng kỳ năm 2023.

Thủy điện nhỏ tập trung chủ yếu ở các tỉnh miền núi phía Bắc và Tây Nguyên. Dẫn đầu về công suất là Lào Cai với hơn 1.150 MW, tiếp đến là Hà Giang 812 MW, Sơn La 765 MW và Lai Châu 690 MW. Tỉnh Kon Tum xếp thứ 5 với 548 MW.

Từ năm 2013 đến nay, Bộ Công Thương đã phối hợp với các địa phương loại khỏi quy hoạch 8 dự án thủy điện bậc thang và 472 vị trí tiềm năng thủy điện nhỏ, tổng công suất bị loại bỏ gần 2.200 MW.

Về công tác an toàn, trong năm 2023, các đoàn kiểm tra của Bộ và Sở Công Thương các tỉnh đã kiểm tra 615 công trình, phát hiện 97 công trình vi phạm, tăng 1,4 lần so với năm 2022. Tổng số tiền xử phạt là 4,35 tỷ đồng.

Theo Quy hoạch điện VIII (Quyết định số 500/QĐ-TTg ngày 15/5/2023), đến năm 2030, tổng công suất thủy điện nhỏ phấn đấu đạt khoảng 9.500 MW; tỷ lệ nhà máy lắp đặt hệ thống giám sát vận hành trực tuyến đạt 100%.

Bộ Công Thương yêu cầu các chủ đập hoàn thành kiểm định an toàn đập trước ngày 31/12/2024; mọi phản ánh gửi về đường dây nóng 024.2220.2358.
"""

asof = P("tính đến tháng 8/2024", None, "2024-08-31")
asofi = P("tính đến tháng 8/2024", None, "2024-08-31", inh=True)
since = P("Từ năm 2013 đến nay", "2013-01-01", None)
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
t30 = P("đến năm 2030", None, "2030-12-31")
CAP = "công suất thủy điện nhỏ"

FIGS = [
    F("có 1.123 nhà máy", "1.123", 1123, "count", "nhà máy", "nhà máy thủy điện vừa và nhỏ đang vận hành", period=asof),
    F("(công suất đến 30 MW)", "30", 30, "measure", "MW", "công suất", approx="at_most", optional=True),
    F("khoảng 6.890 MW", "6.890", 6890, "measure", "MW", "tổng công suất", approx="about", percent=8.6, period=asof),
    F("khoảng 19,6 tỷ kWh", "19,6", 19.6e9, "measure", "kWh", "sản lượng điện phát lên lưới", approx="about",
      change=C("increase", 12.3, "%", "cùng kỳ năm 2023"), period=P("8 tháng năm 2024", "2024-01-01", "2024-08-31")),
    F("hơn 1.150 MW", "1.150", 1150, "measure", "MW", CAP, approx="over", location="Lào Cai", period=asofi),
    F("Hà Giang 812 MW", "812", 812, "measure", "MW", CAP, location="Hà Giang", period=asofi),
    F("Sơn La 765 MW", "765", 765, "measure", "MW", CAP, location="Sơn La", period=asofi),
    F("Lai Châu 690 MW", "690", 690, "measure", "MW", CAP, location="Lai Châu", period=asofi),
    F("xếp thứ 5", "5", 5, "rank", "hạng", CAP, location="Kon Tum", period=asofi),
    F("với 548 MW", "548", 548, "measure", "MW", CAP, location="Kon Tum", period=asofi),
    F("quy hoạch 8 dự án", "8", 8, "count", "dự án", "dự án thủy điện bậc thang loại khỏi quy hoạch", period=since),
    F("và 472 vị trí", "472", 472, "count", "vị trí", "vị trí tiềm năng thủy điện nhỏ loại khỏi quy hoạch", period=since),
    F("gần 2.200 MW", "2.200", 2200, "measure", "MW", "tổng công suất bị loại bỏ", approx="nearly", period=since),
    F("kiểm tra 615 công trình", "615", 615, "count", "công trình", "công trình được kiểm tra", period=y23),
    F("phát hiện 97 công trình", "97", 97, "count", "công trình", "công trình vi phạm",
      change=C("increase", 1.4, "lần", "năm 2022"), period=y23),
    F("là 4,35 tỷ đồng", "4,35", 4.35e9, "money", "đồng", "tổng số tiền xử phạt",
      period=P("năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("khoảng 9.500 MW", "9.500", 9500, "measure", "MW", "tổng công suất thủy điện nhỏ", approx="about",
      status="target", period=t30),
    F("trực tuyến đạt 100%", "100", 100, "percent", "%",
      "tỷ lệ nhà máy lắp đặt hệ thống giám sát vận hành trực tuyến", status="target", period=t30),
]

COMMENTS = [
    "Ministry site (Bộ Công Thương, moit.gov.vn style) with NO dateline: national small-hydro fleet, output 8 months 2024, capacity by province, removed projects, inspections 2023, 2030 targets.",
    "No published date: 'Từ năm 2013 đến nay' has start 2013-01-01 and end null (FIGURES.md: published, else null).",
    "Distractors: 'Quy hoạch điện VIII', 'Quyết định số 500/QĐ-TTg ngày 15/5/2023', 'trước ngày 31/12/2024', hotline 024.2220.2358.",
    "'(công suất đến 30 MW)' is the size class in the defining clause: optional (at_most). Province list: each item's province is its location, subject the list's indicator.",
    "'tăng 1,4 lần so với năm 2022' is the change of 97 công trình (unit lần). 'đến năm 2030 … phấn đấu đạt' makes both clauses targets (the cue governs the continuing clause after ';').",
]

build(4, TEXT, COMMENTS, FIGS, location="Việt Nam")
