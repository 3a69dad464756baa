"""p915-5: provincial Party newspaper (Báo Long An), rat hunting in huyện Tân Thạnh, lúa Thu Đông 2024."""
from lib import F, P, I, C, write

TEXT = """Nông dân Tân Thạnh vào mùa săn chuột

Những ngày này, trên các cánh đồng lúa Thu Đông ở huyện Tân Thạnh, nhiều nhóm nông dân mang theo chó săn, lưới và đèn pin đi bắt chuột từ chập tối đến khuya.

Theo Trạm Trồng trọt và Bảo vệ thực vật huyện Tân Thạnh, tính đến ngày 15/10/2024, toàn huyện có 640 ha lúa Thu Đông bị chuột cắn phá, gấp đôi cùng kỳ năm 2023; trong đó xã Nhơn Hòa Lập 120 ha, xã Hậu Thạnh Đông 95 ha. Khoảng 35 ha bị hại trên 30%, nông dân phải cấy dặm lại.

Ông Lê Văn Bảy, ngụ ấp 4, xã Tân Hòa, cho biết nhóm của ông gồm 5 người, mỗi đêm bắt được 10-15 kg chuột. Chuột đồng làm sạch được thương lái thu mua với giá 85.000-90.000 đồng/kg, cao hơn khoảng 10.000 đồng/kg so với năm ngoái; trừ chi phí, mỗi người thu khoảng 300.000 đồng/đêm. "Bắt chuột vừa bảo vệ lúa vừa có thêm thu nhập", ông Bảy nói.

Toàn tỉnh Long An hiện có 2.150 ha lúa bị chuột gây hại. Từ đầu vụ Thu Đông, ngành nông nghiệp đã hỗ trợ 1,8 tấn thuốc sinh học cho 15 huyện, thị xã, thành phố; các địa phương tổ chức 46 đợt ra quân, diệt được hơn 312.000 con chuột.

Ông Nguyễn Thanh Tâm, Phó Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, khuyến cáo nông dân không dùng điện từ đường dây 22 kV hay bình ắc quy 12 V để bẫy chuột. Theo kế hoạch, đến cuối năm 2024 tỉnh phấn đấu diệt 500.000 con chuột, kiểm soát diện tích bị hại dưới 1.500 ha.

THANH HÀ
18/10/2024
"""

D = P("tính đến ngày 15/10/2024", end="2024-10-15")
END = P("đến cuối năm 2024", end="2024-12-31")

FIGS = [
    F("có 640 ha", "640", 640, "measure", "ha", "diện tích lúa Thu Đông bị chuột cắn phá", D,
      change=C("increase", 2, "lần", "cùng kỳ năm 2023")),
    F("Nhơn Hòa Lập 120 ha", "120", 120, "measure", "ha", "diện tích lúa bị chuột cắn phá xã Nhơn Hòa Lập", D,
      total=640),
    F("Hậu Thạnh Đông 95 ha", "95", 95, "measure", "ha", "diện tích lúa bị chuột cắn phá xã Hậu Thạnh Đông", D,
      total=640),
    F("Khoảng 35 ha", "35", 35, "measure", "ha", "diện tích lúa bị hại trên 30%", I(D), approx="about"),
    F("bị hại trên 30%", "30", 30, "percent", "%", "tỷ lệ hại", approx="over", optional=True),
    F("gồm 5 người", "5", 5, "count", "người", "người trong nhóm săn chuột"),
    F("10-15 kg", "10", 10, "measure", "kg", "lượng chuột bắt được mỗi đêm", value_max=15),
    F("85.000-90.000 đồng/kg", "85.000", 85000, "money", "đồng/kg", "giá thu mua chuột đồng làm sạch",
      value_max=90000, change=C("increase", 10000, "đồng/kg", "năm ngoái", approx="about")),
    F("khoảng 300.000 đồng/đêm", "300.000", 300000, "money", "đồng/đêm", "thu nhập mỗi người", approx="about"),
    F("2.150 ha", "2.150", 2150, "measure", "ha", "diện tích lúa bị chuột gây hại", location="Long An"),
    F("1,8 tấn", "1,8", 1.8, "measure", "tấn", "thuốc sinh học hỗ trợ", location="Long An"),
    F("cho 15 huyện", "15", 15, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố được hỗ trợ thuốc",
      location="Long An"),
    F("46 đợt", "46", 46, "count", "đợt ra quân", "đợt ra quân diệt chuột", location="Long An"),
    F("hơn 312.000 con", "312.000", 312000, "count", "con chuột", "chuột diệt được", location="Long An",
      approx="over"),
    F("diệt 500.000 con", "500.000", 500000, "count", "con chuột", "chuột diệt", END, location="Long An",
      status="target"),
    F("dưới 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích lúa bị hại", END, location="Long An",
      approx="under", status="target"),
    F("đường dây 22 kV", "22", 22, "measure", "kV", "điện áp đường dây", optional=True),
    F("ắc quy 12 V", "12", 12, "measure", "V", "điện áp bình ắc quy", optional=True),
]

NOTES = [
    "Party newspaper (Báo Long An): byline 'THANH HÀ' and bare date '18/10/2024' at the end give the published date.",
    "Article location is the district (Tân Thạnh); the province's own figures are 'Long An'. 'gấp đôi cùng kỳ' after 640 ha is",
    "its change (2 lần). 'bị hại trên 30%' defines a damage class: optional. Distractors: 'ấp 4', 'Lê Văn Bảy',",
    "'22 kV', '12 V' name kinds of equipment in a warning (optional). 'hiện' and 'Từ đầu vụ Thu Đông' give",
    "no datable period. 'cao hơn khoảng 10.000 đồng/kg so với năm ngoái' is the change of the price range.",
]

if __name__ == "__main__":
    write("p915-5", TEXT, NOTES, FIGS, published="2024-10-18", location="Tân Thạnh")
