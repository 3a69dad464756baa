"""p1080-4: Cục Đường sắt Việt Nam (Bộ GTVT) site: national railway accidents 2023, crossings, targets."""
from lib import F, P, C, T, save

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỤC ĐƯỜNG SẮT VIỆT NAM
Trang chủ / Tin tức / An toàn giao thông

Năm 2023: tai nạn giao thông đường sắt giảm cả 3 tiêu chí

Ngày đăng: 16/01/2024 | Lượt xem: 2.118

Theo số liệu tổng hợp của Cục Đường sắt Việt Nam, năm 2023, trên toàn mạng lưới đường sắt quốc gia xảy ra 148 vụ tai nạn giao thông đường sắt, làm chết 112 người, bị thương 87 người; so với năm 2022 giảm 19 vụ (giảm 11,4%), giảm 14 người chết và giảm 9 người bị thương.

Trong đó, xảy ra tại lối đi tự mở 42 vụ, tại đường ngang hợp pháp 29 vụ; còn lại chủ yếu do người đi bộ, nằm, ngồi trên đường sắt. Số người chết do tai nạn tại lối đi tự mở gấp khoảng 2,5 lần tại đường ngang hợp pháp.

Hiện toàn mạng lưới dài khoảng 3.143 km có 1.481 đường ngang hợp pháp, gồm 523 đường ngang có người gác, 812 đường ngang cảnh báo tự động và 146 đường ngang biển báo; cùng với đó là 4.031 lối đi tự mở.

Tính đến hết năm 2023, cả nước đã xóa được 1.126 lối đi tự mở, đạt 37,2% mục tiêu của Đề án; 52/63 địa phương đã ban hành kế hoạch xóa lối đi tự mở giai đoạn 2023-2025. Năm 2023, ngân sách trung ương bố trí 320 tỷ đồng cho các dự án xây dựng đường gom, hàng rào cách ly, tăng 14,3% so với năm 2022; các địa phương huy động thêm gần 215 tỷ đồng.

Theo Quyết định số 1856/QĐ-TTg, mục tiêu đến năm 2025 xóa bỏ 100% lối đi tự mở nguy hiểm và giảm từ 5 đến 10% số vụ tai nạn giao thông đường sắt mỗi năm. Tổng kinh phí giai đoạn 2024-2025 dự kiến khoảng 2.100 tỷ đồng.

Cục Đường sắt Việt Nam - 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. ĐT: 024.3942.7546
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
END23 = P("Tính đến hết năm 2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("giảm cả 3 tiêu chí", "3", 3, "count", "tiêu chí", "tiêu chí tai nạn giao thông đường sắt giảm", optional=True),
    F("xảy ra 148 vụ", "148", 148, "count", "vụ", "tai nạn giao thông đường sắt",
      change=C("decrease", 19, "vụ", "năm 2022"), period=Y23),
    F("làm chết 112 người", "112", 112, "count", "người", "người chết do tai nạn giao thông đường sắt",
      change=C("decrease", 14, "người", "năm 2022"), period=Y23),
    F("bị thương 87 người", "87", 87, "count", "người", "người bị thương do tai nạn giao thông đường sắt",
      change=C("decrease", 9, "người", "năm 2022"), period=Y23),
    F("(giảm 11,4%)", "11,4", 11.4, "percent", "%", "mức giảm số vụ tai nạn giao thông đường sắt so với năm 2022",
      period=Y23, optional=True),
    F("lối đi tự mở 42 vụ", "42", 42, "count", "vụ", "tai nạn giao thông đường sắt tại lối đi tự mở",
      total=148, period=Y23i),
    F("hợp pháp 29 vụ", "29", 29, "count", "vụ", "tai nạn giao thông đường sắt tại đường ngang hợp pháp",
      total=148, period=Y23i),
    F("gấp khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần",
      "số người chết do tai nạn tại lối đi tự mở so với tại đường ngang hợp pháp", approx="about", period=Y23i),
    F("khoảng 3.143 km", "3.143", 3143, "measure", "km", "chiều dài mạng lưới đường sắt quốc gia", approx="about"),
    F("có 1.481 đường ngang", "1.481", 1481, "count", "đường ngang", "đường ngang hợp pháp"),
    F("gồm 523 đường ngang", "523", 523, "count", "đường ngang", "đường ngang có người gác", total=1481),
    F("812 đường ngang", "812", 812, "count", "đường ngang", "đường ngang cảnh báo tự động", total=1481),
    F("146 đường ngang", "146", 146, "count", "đường ngang", "đường ngang biển báo", total=1481),
    F("là 4.031 lối đi", "4.031", 4031, "count", "lối đi tự mở", "lối đi tự mở"),
    F("xóa được 1.126 lối đi", "1.126", 1126, "count", "lối đi tự mở", "lối đi tự mở đã xóa",
      percent=37.2, period=END23),
    F("52/63 địa phương", "52", 52, "count", "địa phương", "địa phương đã ban hành kế hoạch xóa lối đi tự mở",
      total=63, period=END23),
    F("bố trí 320 tỷ đồng", "320", 320e9, "money", "đồng",
      "ngân sách trung ương bố trí cho dự án xây dựng đường gom, hàng rào cách ly",
      change=C("increase", 14.3, "%", "năm 2022"), period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 215 tỷ đồng", "215", 215e9, "money", "đồng", "kinh phí các địa phương huy động thêm",
      approx="nearly", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("xóa bỏ 100%", "100", 100, "percent", "%", "lối đi tự mở nguy hiểm được xóa bỏ",
      status="target", period=T25),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "mức giảm số vụ tai nạn giao thông đường sắt mỗi năm",
      value_max=10, status="target", period=T25),
    F("khoảng 2.100 tỷ đồng", "2.100", 2100e9, "money", "đồng", "tổng kinh phí giai đoạn 2024-2025",
      approx="about", status="forecast", period=P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
]

COMMENTS = [
    "Cục Đường sắt Việt Nam (Bộ GTVT): tai nạn giao thông đường sắt năm 2023, đường ngang, lối đi tự mở, mục tiêu đến 2025 (invented). National: Việt Nam.",
    "The changes after 'so với năm 2022' name their own units (vụ, người chết, người bị thương): each goes to its figure. '(giảm 11,4%)' is the",
    "second change of 148 vụ: a percent figure of its own, optional. 42 and 29 vụ after 'Trong đó' (new sentence) are parts of the 148.",
    "'gấp khoảng 2,5 lần' stands alone as the claim: multiple. 'giảm cả 3 tiêu chí' (headline; the three indicators) is optional.",
    "'giảm từ 5 đến 10% … mỗi năm' is a target range (percent, no base amount). 'dự kiến khoảng 2.100 tỷ' → forecast, period giai đoạn 2024-2025.",
    "Not figures: Lượt xem 2.118, Quyết định số 1856/QĐ-TTg, giai đoạn 2023-2025 (plan name), the address 80 Trần Hưng Đạo and phone.",
]

if __name__ == "__main__":
    save(4, TEXT, FIGS, COMMENTS, published="2024-01-16", location="Việt Nam")
