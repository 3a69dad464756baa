"""p1099-1: province portal, Lâm Đồng, greenhouse area, tomato yield/output/price, investment, targets."""
from lib import F, P, I, C, T, build

TEXT = """Cổng thông tin điện tử tỉnh Lâm Đồng
Trang chủ > Tin tức - Sự kiện > Kinh tế
Lâm Đồng có hơn 5.300 ha sản xuất nông nghiệp trong nhà màng
Cập nhật: 12/03/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến cuối năm 2023, toàn tỉnh có 5.317 ha sản xuất nông nghiệp trong nhà kính, nhà màng, nhà lưới, tăng 212 ha so với năm 2022. Trong đó, diện tích trồng rau các loại khoảng 2.450 ha, hoa 2.280 ha, còn lại là dâu tây và cây giống.

Các địa phương có diện tích nhà màng lớn là TP. Đà Lạt (1.950 ha), huyện Đơn Dương (1.320 ha), huyện Đức Trọng (1.105 ha) và huyện Lạc Dương (486 ha). Dọc Quốc lộ 20 qua xã Hiệp Thạnh, nhà màng gần như phủ kín các cánh đồng.

Riêng cà chua trồng trong nhà màng có 620 ha, năng suất bình quân 180 tấn/ha/năm. Năng suất này gấp khoảng 2,5 lần so với trồng ngoài trời. Sản lượng cà chua nhà màng năm 2023 ước đạt 111.600 tấn, chiếm gần 40% tổng sản lượng cà chua toàn tỉnh. Giá cà chua tại vườn hiện dao động từ 12.000 đến 18.000 đồng/kg, cao hơn khoảng 3.000 đồng/kg so với cùng kỳ năm trước.

Chi phí đầu tư nhà màng hiện từ 1,2 đến 1,5 tỷ đồng/ha; nếu lắp thêm hệ thống tưới nhỏ giọt, điều khiển tự động thì khoảng 2,5 tỷ đồng/ha. Theo Quyết định số 1234/QĐ-UBND của UBND tỉnh, hộ vay vốn làm nhà màng được hỗ trợ lãi suất trong 3 năm.

Mục tiêu đến năm 2025, tỉnh phấn đấu nâng diện tích sản xuất trong nhà màng lên 6.000 ha; đến năm 2030 đạt 7.500 ha, trong đó cà chua khoảng 1.000 ha.
"""

END23 = P("tính đến cuối năm 2023", None, "2023-12-31")
AREA = "diện tích sản xuất nông nghiệp trong nhà màng"
FIGS = [
    F("Lâm Đồng có hơn 5.300 ha", "5.300", 5300, "measure", "ha", AREA, approx="over"),
    F("toàn tỉnh có 5.317 ha", "5.317", 5317, "measure", "ha",
      "diện tích sản xuất nông nghiệp trong nhà kính, nhà màng, nhà lưới",
      change=C("increase", 212, "ha", "năm 2022"), period=END23),
    F("các loại khoảng 2.450 ha", "2.450", 2450, "measure", "ha", "diện tích trồng rau các loại",
      approx="about", total=5317, period=I(END23)),
    F("hoa 2.280 ha", "2.280", 2280, "measure", "ha", "diện tích trồng hoa", total=5317, period=I(END23)),
    F("Đà Lạt (1.950 ha)", "1.950", 1950, "measure", "ha", "diện tích nhà màng", location="Đà Lạt", period=I(END23)),
    F("Đơn Dương (1.320 ha)", "1.320", 1320, "measure", "ha", "diện tích nhà màng", location="Đơn Dương", period=I(END23)),
    F("Đức Trọng (1.105 ha)", "1.105", 1105, "measure", "ha", "diện tích nhà màng", location="Đức Trọng", period=I(END23)),
    F("Lạc Dương (486 ha)", "486", 486, "measure", "ha", "diện tích nhà màng", location="Lạc Dương", period=I(END23)),
    F("nhà màng có 620 ha", "620", 620, "measure", "ha", "diện tích cà chua trồng trong nhà màng"),
    F("bình quân 180 tấn/ha/năm", "180", 180, "measure", "tấn/ha/năm", "năng suất bình quân cà chua trồng trong nhà màng"),
    F("gấp khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần",
      "năng suất cà chua nhà màng so với trồng ngoài trời", approx="about"),
    F("ước đạt 111.600 tấn", "111.600", 111600, "measure", "tấn", "sản lượng cà chua nhà màng",
      percent=40, status="estimate", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 12.000 đến 18.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá cà chua tại vườn",
      value_max=18000, change=C("increase", 3000, "đồng/kg", "cùng kỳ năm trước", "about")),
    F("từ 1,2 đến 1,5 tỷ đồng/ha", "1,2", 1.2e9, "money", "đồng/ha", "chi phí đầu tư nhà màng",
      value_max=1.5e9),
    F("khoảng 2,5 tỷ đồng/ha", "2,5", 2.5e9, "money", "đồng/ha",
      "chi phí đầu tư nhà màng có hệ thống tưới nhỏ giọt, điều khiển tự động", approx="about"),
    F("lãi suất trong 3 năm", "3", 3, "measure", "năm", "thời gian hỗ trợ lãi suất cho hộ vay vốn làm nhà màng",
      optional=True),
    F("lên 6.000 ha", "6.000", 6000, "measure", "ha", "diện tích sản xuất trong nhà màng", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt 7.500 ha", "7.500", 7500, "measure", "ha", "diện tích sản xuất trong nhà màng", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("cà chua khoảng 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích cà chua trong nhà màng",
      approx="about", total=7500, status="target", period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Province portal (Lâm Đồng): breadcrumb, 'Cập nhật: 12/03/2024 09:45 | Lượt xem: 2.316' is the dateline; the view count is furniture.",
    "Distractors: Lượt xem 2.316, Quốc lộ 20, Quyết định số 1234/QĐ-UBND, the time 09:45.",
    "2.450 ha and 2.280 ha follow 'Trong đó' after the 5.317 ha whole (sentence break): total 5317. The district list does not add up: no total.",
    "'Năng suất này gấp khoảng 2,5 lần …' stands as its own sentence: a multiple. 'lãi suất trong 3 năm' is a policy term: optional.",
    "'chiếm gần 40%' after 111.600 tấn is its percent; the list items' period is inherited from the paragraph above.",
]

if __name__ == "__main__":
    build("p1099-1", TEXT, FIGS, COMMENTS, published="2024-03-12", location="Lâm Đồng")
