"""p1196-2: district portal (huyện Đắk R'lấp, Đắk Nông), resettlement for the Nhân Cơ bauxite mine."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẮK R'LẤP
Trang chủ / Tin tức - Sự kiện / Kinh tế

Bàn giao 126 lô đất tái định cư cho người dân vùng dự án bô-xít Nhân Cơ

Ngày đăng: 21/03/2024 | Người đăng: Ban biên tập

Sáng 20/3, UBND huyện phối hợp với Công ty Nhôm Đắk Nông - TKV bàn giao 126 lô đất tại khu tái định cư Nhân Cơ 2 cho các hộ có đất bị thu hồi để khai thác quặng bô-xít. Mỗi lô có diện tích từ 250 đến 300 m2, đã có đường bê tông, điện lưới và nước sạch.

Năm 2023, huyện đã thu hồi 412,6 ha đất của 538 hộ dân để bàn giao cho dự án, tổng kinh phí bồi thường, hỗ trợ hơn 327 tỷ đồng. Trong đó, xã Nhân Cơ 214 hộ, xã Nghĩa Thắng 187 hộ, xã Đạo Nghĩa 137 hộ. Đơn giá bồi thường đất trồng cây lâu năm bình quân 95 triệu đồng/ha; cây cà phê, hồ tiêu được bồi thường theo Quyết định số 07/2023/QĐ-UBND của UBND tỉnh.

Gia đình ông Điểu Khải ở bon Bu Dấp, xã Nghĩa Thắng có 2,4 ha cà phê nằm trong vùng dự án, được nhận gần 1,9 tỷ đồng tiền bồi thường. Ông dùng một phần số tiền mua 1,5 ha đất ở xã Đạo Nghĩa để trồng sầu riêng, phần còn lại xây nhà mới hết khoảng 600 triệu đồng.

Theo kế hoạch, năm 2024 huyện tiếp tục thu hồi khoảng 380 ha đất, dự kiến ảnh hưởng đến 460 hộ. Huyện phấn đấu 100% hộ bị thu hồi đất có ít nhất một lao động được tạo việc làm hoặc hỗ trợ chuyển đổi nghề; đến nay đã có 173 lao động địa phương được Công ty Nhôm Đắk Nông tuyển dụng vào làm việc tại nhà máy.

Liên hệ: Văn phòng HĐND và UBND huyện Đắk R'lấp, Quốc lộ 14, thị trấn Kiến Đức. Điện thoại: 0261.3684.219
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
NOW = P("đến nay", None, "2024-03-21")
HH = "hộ dân bị thu hồi đất để bàn giao cho dự án"

FIGS = [
    F("Bàn giao 126 lô", "126", 126, "count", "lô đất", subject="lô đất tái định cư bàn giao"),
    F("bàn giao 126 lô", "126", 126, "count", "lô đất",
      subject="lô đất tái định cư bàn giao cho các hộ có đất bị thu hồi"),
    F("từ 250 đến 300 m2", "250", 250, "measure", "m2", value_max=300, subject="diện tích mỗi lô"),
    F("thu hồi 412,6 ha", "412,6", 412.6, "measure", "ha",
      subject="đất thu hồi để bàn giao cho dự án", period=Y23),
    F("của 538 hộ", "538", 538, "count", "hộ", subject=HH, period=Y23),
    F("hơn 327 tỷ", "327", 327e9, "money", "đồng", approx="over",
      subject="tổng kinh phí bồi thường, hỗ trợ", period=Y23),
    F("Nhân Cơ 214 hộ", "214", 214, "count", "hộ", total=538, subject=HH, period=I(Y23)),
    F("Nghĩa Thắng 187 hộ", "187", 187, "count", "hộ", total=538, subject=HH, period=I(Y23)),
    F("Đạo Nghĩa 137 hộ", "137", 137, "count", "hộ", total=538, subject=HH, period=I(Y23)),
    F("bình quân 95 triệu", "95", 95e6, "money", "đồng/ha",
      subject="đơn giá bồi thường đất trồng cây lâu năm bình quân"),
    F("có 2,4 ha", "2,4", 2.4, "measure", "ha",
      subject="cà phê nằm trong vùng dự án của gia đình ông Điểu Khải"),
    F("gần 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="nearly",
      subject="tiền bồi thường gia đình ông Điểu Khải nhận"),
    F("mua 1,5 ha", "1,5", 1.5, "measure", "ha", subject="đất mua ở xã Đạo Nghĩa để trồng sầu riêng"),
    F("khoảng 600 triệu", "600", 600e6, "money", "đồng", approx="about", subject="chi phí xây nhà mới"),
    F("khoảng 380 ha", "380", 380, "measure", "ha", approx="about", status="target",
      subject="đất thu hồi", period=Y24),
    F("đến 460 hộ", "460", 460, "count", "hộ", status="forecast",
      subject="hộ bị ảnh hưởng", period=Y24),
    F("100% hộ", "100", 100, "percent", "%", status="target",
      subject="hộ bị thu hồi đất có ít nhất một lao động được tạo việc làm hoặc hỗ trợ chuyển đổi nghề",
      period=I(Y24)),
    F("ít nhất một lao động", "một", 1, "count", "lao động", approx="at_least", status="target",
      optional=True, subject="lao động được tạo việc làm mỗi hộ"),
    F("có 173 lao động", "173", 173, "count", "lao động",
      subject="lao động địa phương được Công ty Nhôm Đắk Nông tuyển dụng", period=NOW),
]

NOTES = [
    "District portal (huyện Đắk R'lấp, Đắk Nông): 'Ngày đăng: 21/03/2024'. Figures about communes keep the district (FIGURES.md names province, city or district).",
    "Distractors: 'Sáng 20/3', 'khu tái định cư Nhân Cơ 2', the '2' of 'm2', 'Quyết định số 07/2023/QĐ-UBND', 'Quốc lộ 14', phone 0261.3684.219, 'một phần'.",
    "Commune parts 214 + 187 + 137 = 538 after 'Trong đó' in the next sentence: total 538, period inherited.",
    "Headline and body 126 lô are two mentions: both figures. 'Sáng 20/3' is the event day, not given as a period (not scored).",
    "'Theo kế hoạch, năm 2024 … thu hồi khoảng 380 ha' → target; 'dự kiến ảnh hưởng đến 460 hộ' → forecast; 'đến nay' = as of published.",
    "'ít nhất một lao động' is a condition inside the 100% target (optional). The household passage (bon Bu Dấp, xã Nghĩa Thắng) gets no period.",
]

if __name__ == "__main__":
    write("p1196-2", TEXT, NOTES, FIGS, published="2024-03-21", location="Đắk R'lấp")
