"""p1162-5: Party newspaper (Báo Thái Bình), GPP pharmacies; one pharmacy in Kiến Xương; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Nâng chất lượng mạng lưới nhà thuốc, quầy thuốc đạt chuẩn GPP

Những năm gần đây, mạng lưới cung ứng thuốc trên địa bàn tỉnh ngày càng được chuẩn hóa. Toàn tỉnh hiện có 1.472 cơ sở bán lẻ thuốc, bình quân mỗi xã, phường, thị trấn có gần 6 cơ sở, người dân có thể mua thuốc trong bán kính dưới 2 km.

Nhà thuốc Hồng Phúc 2 ở thị trấn Thanh Nê (huyện Kiến Xương) là một điển hình. Dược sĩ Phạm Thị Hồng, chủ nhà thuốc, cho biết cơ sở hiện có 3 dược sĩ đại học, năm nay tuyển thêm một dược sĩ cao đẳng; nhà thuốc lưu trữ khoảng 850 mặt hàng thuốc, mỗi ngày phục vụ từ 120 đến 150 lượt khách. Năm 2022, chị đầu tư gần 200 triệu đồng lắp điều hòa, tủ lạnh bảo quản thuốc và phần mềm quản lý bán hàng. Mức lương của dược sĩ tại nhà thuốc từ 7 đến 9 triệu đồng/người/tháng.

Theo Sở Y tế, năm 2023 toàn ngành ước thanh tra, kiểm tra 1.250 lượt cơ sở hành nghề dược, tăng 9% so với năm 2022. Tỷ lệ nhà thuốc, quầy thuốc đạt chuẩn GPP duy trì 100%. 10 tháng đầu năm, Thanh tra Sở xử phạt 42 cơ sở, nộp ngân sách nhà nước 356 triệu đồng; trong đó riêng huyện Thái Thụy và Tiền Hải lần lượt có 9 và 7 cơ sở bị xử phạt. Lỗi thường gặp là bán thuốc kê đơn không có đơn, không ghi chép sổ theo dõi nhiệt độ, độ ẩm.

Mục tiêu đến năm 2025, mỗi xã có ít nhất 2 quầy thuốc đạt GPP, 100% cơ sở bán lẻ thuốc sử dụng đơn thuốc điện tử và kết nối liên thông dữ liệu với Hệ thống cơ sở dữ liệu dược quốc gia.

MINH THU

08/11/2023
"""

NOWY = P("năm nay", "2023-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TEN = P("10 tháng đầu năm", "2023-01-01", "2023-10-31")
BY25 = P("đến năm 2025", None, "2025-12-31")
KX = "Kiến Xương"
HP = "nhà thuốc Hồng Phúc 2"

FIGS = [
    F("có 1.472 cơ sở", "1.472", 1472, "count", "cơ sở bán lẻ thuốc", subject="cơ sở bán lẻ thuốc toàn tỉnh"),
    F("gần 6 cơ sở", "6", 6, "measure", "cơ sở/xã", approx="nearly",
      subject="cơ sở bán lẻ thuốc bình quân mỗi xã, phường, thị trấn"),
    F("dưới 2 km", "2", 2, "measure", "km", approx="under", subject="bán kính người dân có thể mua thuốc"),
    F("có 3 dược sĩ", "3", 3, "count", "dược sĩ đại học", subject="dược sĩ đại học của " + HP, location=KX),
    F("thêm một dược sĩ", "một", 1, "count", "dược sĩ cao đẳng", subject="dược sĩ cao đẳng " + HP + " tuyển thêm",
      period=NOWY, location=KX),
    F("khoảng 850 mặt hàng", "850", 850, "count", "mặt hàng thuốc", approx="about",
      subject="mặt hàng thuốc " + HP + " lưu trữ", location=KX),
    F("từ 120 đến 150", "120", 120, "measure", "lượt khách/ngày", value_max=150,
      subject="lượt khách " + HP + " phục vụ mỗi ngày", location=KX),
    F("gần 200 triệu", "200", 200000000, "money", "đồng", approx="nearly", period=Y22, location=KX,
      subject="vốn đầu tư điều hòa, tủ lạnh bảo quản thuốc và phần mềm quản lý bán hàng"),
    F("từ 7 đến 9 triệu", "7", 7000000, "money", "đồng/người/tháng", value_max=9000000, location=KX,
      subject="mức lương của dược sĩ tại " + HP),
    F("kiểm tra 1.250 lượt", "1.250", 1250, "count", "lượt cơ sở", status="estimate",
      change=C("increase", 9, "%", "năm 2022"), subject="lượt cơ sở hành nghề dược được thanh tra, kiểm tra",
      period=Y23),
    F("duy trì 100%", "100", 100, "percent", "%", subject="tỷ lệ nhà thuốc, quầy thuốc đạt chuẩn GPP"),
    F("xử phạt 42 cơ sở", "42", 42, "count", "cơ sở", subject="cơ sở bị Thanh tra Sở xử phạt", period=TEN),
    F("356 triệu", "356", 356000000, "money", "đồng", subject="tiền phạt nộp ngân sách nhà nước", period=TEN),
    F("lần lượt có 9", "9", 9, "count", "cơ sở", total=42, subject="cơ sở bị xử phạt", period=TEN,
      location="Thái Thụy"),
    F("9 và 7 cơ sở", "7", 7, "count", "cơ sở", total=42, subject="cơ sở bị xử phạt", period=TEN,
      location="Tiền Hải"),
    F("ít nhất 2 quầy thuốc", "2", 2, "measure", "quầy thuốc/xã", approx="at_least", status="target",
      subject="quầy thuốc đạt GPP mỗi xã", period=BY25),
    F("GPP, 100% cơ sở", "100", 100, "percent", "%", status="target", period=BY25,
      subject="tỷ lệ cơ sở bán lẻ thuốc sử dụng đơn thuốc điện tử và kết nối liên thông dữ liệu"),
]

NOTES = [
    "Party newspaper (Báo Thái Bình): byline 'MINH THU' and bare date '08/11/2023' at the end; no dateline at the top.",
    "The text says only 'tỉnh'; its districts (Kiến Xương, Thái Thụy, Tiền Hải) imply Thái Bình, the default location.",
    "Distractors: 'Nhà thuốc Hồng Phúc 2' (a name), 'là một điển hình' (indefinite 'một', not a count).",
    "The pharmacy passage (thị trấn Thanh Nê, huyện Kiến Xương) takes location Kiến Xương; 'hiện' and per-day figures get no period;",
    "'năm nay' = 2023 (published). Per-unit averages keep the denominator: 'cơ sở/xã', 'lượt khách/ngày', 'quầy thuốc/xã'.",
    "'ước thanh tra, kiểm tra 1.250 lượt' = estimate. The GPP share in its own sentence is actual.",
    "'10 tháng đầu năm' takes 2023 from 'năm 2023' before it. 9 and 7 after 'trong đó ... lần lượt' are parts of the 42 (total 42).",
]

if __name__ == "__main__":
    write("p1162-5", TEXT, NOTES, FIGS, published="2023-11-08", location="Thái Bình")
