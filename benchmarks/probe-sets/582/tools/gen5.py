import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from lib import F, P, I, CH, TG, emit

TEXT = """BÁO THỪA THIÊN HUẾ - Cơ quan của Đảng bộ tỉnh Thừa Thiên Huế
Thời sự > Phòng chống thiên tai

Các hồ chứa điều tiết, cắt giảm lũ cho hạ du

Trước diễn biến mưa lớn do không khí lạnh kết hợp nhiễu động gió đông, từ ngày 25 đến ngày 28/10/2024, các hồ thủy điện, thủy lợi trên địa bàn Thừa Thiên Huế đã vận hành điều tiết nước, góp phần cắt giảm lũ cho vùng hạ du sông Hương, sông Bồ.

Theo Ban Chỉ huy PCTT&TKCN tỉnh, tổng lượng mưa trong 4 ngày phổ biến từ 400 đến 600 mm, riêng vùng núi phía tây có nơi trên 800 mm. Lũ trên sông Hương tại trạm Kim Long lên mức đỉnh 3,65 m (lúc 16 giờ ngày 27/10/2024), trên báo động 3 là 0,15 m; trên sông Bồ tại trạm Phú Ốc đỉnh lũ 4,82 m, dưới báo động 3 là 0,18 m.

Hồ thủy điện Bình Điền xả với lưu lượng lớn nhất 1.850 m³/s trong khi lưu lượng đến hồ đạt 2.940 m³/s; hồ Tả Trạch đã giữ lại khoảng 210 triệu m³ nước, cắt giảm đỉnh lũ khoảng 1.500 m³/s, góp phần hạ thấp mực nước tại Kim Long từ 0,4 đến 0,6 m.

Hiện 5 hồ chứa lớn gồm Tả Trạch, Hương Điền, Bình Điền, A Lưới và Thượng Nhật có tổng dung tích phòng lũ 556,8 triệu m³. Sau đợt lũ, mực nước các hồ được đưa về dưới mực nước đón lũ; hồ Hương Điền còn 54,3 m, hồ Bình Điền còn 79,6 m.

Mưa lũ làm ngập khoảng 3.200 nhà dân ở vùng trũng thấp, 1 người tử vong do bị nước cuốn. Tỉnh đã sơ tán 1.246 hộ với 4.318 người đến nơi an toàn; hơn 120 cán bộ, chiến sĩ được huy động hỗ trợ người dân.

Ông Nguyễn Văn Phương, Trưởng Ban Chỉ huy PCTT&TKCN tỉnh yêu cầu các chủ hồ tuyệt đối tuân thủ quy trình vận hành liên hồ chứa trên lưu vực sông Hương ban hành theo Quyết định số 1077/QĐ-TTg, thông báo xả lũ trước ít nhất 4 giờ cho chính quyền hạ du.

HOÀI THƯƠNG
28/10/2024
"""

FLOOD = P("từ ngày 25 đến ngày 28/10/2024", "2024-10-25", "2024-10-28")
D27 = P("ngày 27/10/2024", "2024-10-27", "2024-10-27")

FIGS = [
    F("từ 400 đến 600 mm", "400", 400, "measure", "mm", "tổng lượng mưa", I(FLOOD), value_max=600),
    F("nơi trên 800 mm", "800", 800, "measure", "mm", "lượng mưa vùng núi phía tây", I(FLOOD), approx="over"),
    F("mức đỉnh 3,65 m", "3,65", 3.65, "measure", "m", "đỉnh lũ sông Hương tại trạm Kim Long", D27,
      change=CH("increase", 0.15, "m", "báo động 3")),
    F("đỉnh lũ 4,82 m", "4,82", 4.82, "measure", "m", "đỉnh lũ sông Bồ tại trạm Phú Ốc", D27,
      change=CH("decrease", 0.18, "m", "báo động 3")),
    F("nhất 1.850 m³/s", "1.850", 1850, "measure", "m³/s", "lưu lượng xả lớn nhất hồ thủy điện Bình Điền", I(FLOOD)),
    F("đạt 2.940 m³/s", "2.940", 2940, "measure", "m³/s", "lưu lượng đến hồ Bình Điền", I(FLOOD)),
    F("khoảng 210 triệu m³", "210", 210e6, "measure", "m³", "lượng nước hồ Tả Trạch giữ lại", I(FLOOD), approx="about"),
    F("khoảng 1.500 m³/s", "1.500", 1500, "measure", "m³/s", "đỉnh lũ cắt giảm", I(FLOOD), approx="about"),
    F("từ 0,4 đến 0,6 m", "0,4", 0.4, "measure", "m", "hạ thấp mực nước tại Kim Long", I(FLOOD), value_max=0.6),
    F("Hiện 5 hồ chứa", "5", 5, "count", "hồ chứa", "hồ chứa lớn"),
    F("lũ 556,8 triệu m³", "556,8", 556.8e6, "measure", "m³", "tổng dung tích phòng lũ của 5 hồ chứa lớn"),
    F("còn 54,3 m", "54,3", 54.3, "measure", "m", "mực nước hồ Hương Điền sau đợt lũ"),
    F("còn 79,6 m", "79,6", 79.6, "measure", "m", "mực nước hồ Bình Điền sau đợt lũ"),
    F("khoảng 3.200 nhà", "3.200", 3200, "count", "nhà dân", "nhà dân bị ngập", approx="about"),
    F("1 người tử vong", "1", 1, "count", "người", "người tử vong do bị nước cuốn"),
    F("sơ tán 1.246 hộ", "1.246", 1246, "count", "hộ", "hộ được sơ tán đến nơi an toàn"),
    F("với 4.318 người", "4.318", 4318, "count", "người", "người được sơ tán đến nơi an toàn"),
    F("hơn 120 cán bộ", "120", 120, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ được huy động hỗ trợ người dân", approx="over"),
    F("ít nhất 4 giờ", "4", 4, "measure", "giờ", "thời gian thông báo xả lũ trước cho chính quyền hạ du",
      approx="at_least", optional=True),
]

emit("p582-5", TEXT, [
    "Party newspaper (Báo Thừa Thiên Huế), byline + bare date at the end: reservoirs cutting the flood peak 25-28/10/2024.",
    "'trên/dưới báo động 3 là … m' after a flood peak is that peak's change (baseline báo động 3); 'báo động 3' is a level name, no figure.",
    "'hạ thấp mực nước … từ 0,4 đến 0,6 m' is a measure figure of its own (no base figure). 'trong 4 ngày' is a duration, no figure.",
    "'A Lưới' here is a reservoir, not the district. 'thông báo … trước ít nhất 4 giờ' is a rule, optional.",
], FIGS, published="2024-10-28", location="Thừa Thiên Huế")
