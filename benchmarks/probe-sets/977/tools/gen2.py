"""p977-2: district portal (huyện Yên Thành, Nghệ An), French pigeon farming in xã Công Thành."""
from lib import F, P, I, C, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Trang chủ / Tin tức / Nông nghiệp - Nông thôn

Xã Công Thành nhân rộng mô hình nuôi bồ câu Pháp

Đăng ngày: 22/05/2023 | Chuyên mục: Kinh tế

Từ đầu năm đến nay, xã Công Thành đã có thêm 14 hộ đầu tư nuôi bồ câu Pháp. Hiện toàn xã có 46 hộ nuôi với tổng đàn khoảng 5.800 cặp bồ câu sinh sản, trong đó 9 hộ nuôi quy mô trên 300 cặp.

Theo các hộ nuôi, mỗi cặp bồ câu Pháp cho từ 10 đến 12 lứa con mỗi năm; bồ câu non nuôi 25-28 ngày là xuất chuồng, đạt trọng lượng 0,5-0,6 kg/con, giá bán tại chuồng 75.000-85.000 đồng/cặp. Chi phí thức ăn khoảng 3.000 đồng/cặp/ngày. Sau khi trừ chi phí, mỗi cặp bồ câu sinh sản mang lại lợi nhuận khoảng 400.000 đồng/năm.

Gia đình anh Nguyễn Văn Tám ở xóm 7 là hộ nuôi lớn nhất xã với 650 cặp bồ câu sinh sản. Năm 2022, gia đình anh xuất bán hơn 7.000 cặp bồ câu thịt, thu lãi gần 250 triệu đồng. Theo anh Tám, hiệu quả kinh tế của nuôi bồ câu gấp 3 lần trồng lúa trên cùng diện tích.

Năm 2023, xã phấn đấu phát triển đàn bồ câu lên 7.000 cặp sinh sản, thành lập 1 tổ hợp tác nuôi bồ câu với ít nhất 20 thành viên. Theo Nghị quyết số 12/2022/NQ-HĐND của HĐND huyện, hộ nuôi mới được hỗ trợ 50% kinh phí mua giống, tối đa 10 triệu đồng/hộ.

Hồng Nhung - Trung tâm VH-TT&TT huyện

Địa chỉ: Khối 2, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An. Điện thoại: 0238.3863.145
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-05-22")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("thêm 14 hộ", "14", 14, "count", "hộ", "hộ đầu tư nuôi bồ câu Pháp mới", period=YTD),
    F("có 46 hộ nuôi", "46", 46, "count", "hộ", "hộ nuôi bồ câu Pháp toàn xã"),
    F("khoảng 5.800 cặp", "5.800", 5800, "count", "cặp", "tổng đàn bồ câu sinh sản", approx="about"),
    F("trong đó 9 hộ", "9", 9, "count", "hộ", "hộ nuôi quy mô trên 300 cặp", total=46),
    F("trên 300 cặp", "300", 300, "count", "cặp", "quy mô hộ nuôi", approx="over", optional=True),
    F("từ 10 đến 12 lứa", "10", 10, "measure", "lứa/năm", "lứa con mỗi cặp bồ câu Pháp mỗi năm",
      value_max=12),
    F("nuôi 25-28 ngày", "25", 25, "measure", "ngày", "thời gian nuôi bồ câu non đến xuất chuồng",
      value_max=28),
    F("0,5-0,6 kg/con", "0,5", 0.5, "measure", "kg/con", "trọng lượng bồ câu non xuất chuồng", value_max=0.6),
    F("75.000-85.000 đồng/cặp", "75.000", 75_000, "money", "đồng/cặp", "giá bán bồ câu tại chuồng",
      value_max=85_000),
    F("khoảng 3.000 đồng/cặp/ngày", "3.000", 3000, "money", "đồng/cặp/ngày", "chi phí thức ăn",
      approx="about"),
    F("khoảng 400.000 đồng/năm", "400.000", 400_000, "money", "đồng/năm",
      "lợi nhuận mỗi cặp bồ câu sinh sản", approx="about"),
    F("với 650 cặp", "650", 650, "count", "cặp", "bồ câu sinh sản của hộ nuôi lớn nhất xã"),
    F("hơn 7.000 cặp bồ câu thịt", "7.000", 7000, "count", "cặp", "bồ câu thịt xuất bán", approx="over",
      period=Y22),
    F("gần 250 triệu đồng", "250", 250_000_000, "money", "đồng", "lãi từ nuôi bồ câu", approx="nearly",
      period=Y22),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "hiệu quả kinh tế của nuôi bồ câu so với trồng lúa"),
    F("lên 7.000 cặp sinh sản", "7.000", 7000, "count", "cặp", "đàn bồ câu sinh sản", status="target",
      period=Y23),
    F("thành lập 1 tổ hợp tác", "1", 1, "count", "tổ hợp tác", "tổ hợp tác nuôi bồ câu thành lập",
      status="target", period=Y23, optional=True),
    F("ít nhất 20 thành viên", "20", 20, "count", "thành viên", "thành viên tổ hợp tác nuôi bồ câu",
      approx="at_least", status="target", period=Y23),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "mức hỗ trợ kinh phí mua giống cho hộ nuôi mới"),
    F("tối đa 10 triệu đồng/hộ", "10", 10_000_000, "money", "đồng/hộ", "mức hỗ trợ mua giống tối đa",
      approx="at_most"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): French pigeons in xã Công Thành (invented). Location = the district.",
    "Not figures: Đăng ngày 22/05/2023, xóm 7, Khối 2, Nghị quyết số 12/2022/NQ-HĐND, phone 0238.3863.145, name Nguyễn Văn Tám.",
    "'Từ đầu năm đến nay' ends at the dateline; 46 hộ is a stock ('Hiện') with no period.",
    "'trên 300 cặp' is a size threshold and '1 tổ hợp tác' a structural target: optional.",
    "'gấp 3 lần trồng lúa' stands as its own claim (no base amount in its sentence): a multiple figure.",
]

build(2, TEXT, FIGS, COMMENTS, published="2023-05-22", location="Yên Thành")
