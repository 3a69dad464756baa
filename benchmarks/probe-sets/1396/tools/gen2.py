"""p1396-2: district portal (huyện Thọ Xuân, Thanh Hóa): free swimming classes, summer 2024."""
from lib import F, P, I, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN - TỈNH THANH HÓA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Liên hệ

Khai giảng 24 lớp dạy bơi miễn phí cho trẻ em

Ngày đăng: 24/06/2024 - 10:12

Sáng 24/6, tại bể bơi Trường THCS Lê Hoàn (thị trấn Thọ Xuân), Huyện đoàn phối hợp với Phòng Văn hóa và Thông tin khai giảng lớp học đầu tiên trong chuỗi 24 lớp dạy bơi miễn phí cho trẻ em năm 2024.

Mỗi lớp có từ 35 đến 40 học viên, học trong 10 buổi, mỗi buổi 90 phút. Dự kiến đến ngày 15/8/2024, các lớp sẽ dạy bơi cho khoảng 900 em. Tổng kinh phí khoảng 216 triệu đồng, bình quân 240.000 đồng/học viên, do ngân sách huyện và các nhà hảo tâm đóng góp.

Hiện toàn huyện có 9 bể bơi (6 bể của trường học, 3 bể tư nhân) phục vụ dạy bơi cho học sinh. Năm 2024, huyện được tỉnh hỗ trợ thêm 2 bể bơi di động, mỗi bể dài 12 m, rộng 6 m, trị giá 320 triệu đồng/bể.

Từ năm 2020 đến nay, huyện đã tổ chức 87 lớp dạy bơi cho hơn 3.100 trẻ em. Tỷ lệ trẻ em trong độ tuổi đi học biết bơi của huyện hiện đạt 41,5%, cao hơn 3,2% so với năm 2023, xếp thứ 4 toàn tỉnh.

Phát biểu tại lễ khai giảng, ông Lê Văn Thành, Phó Chủ tịch UBND huyện đề nghị các xã, thị trấn phấn đấu mỗi năm tổ chức ít nhất một lớp dạy bơi, bảo đảm 100% học viên được trang bị kỹ năng an toàn dưới nước.

Nguồn: Huyện đoàn Thọ Xuân

Tin khác:
- Hội nghị sơ kết công tác Đoàn 6 tháng đầu năm 2024
- Ra quân Chiến dịch Thanh niên tình nguyện hè

Địa chỉ: Khu 4, thị trấn Thọ Xuân, huyện Thọ Xuân, tỉnh Thanh Hóa | Điện thoại: 0237.3834.112
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
TO158 = P("đến ngày 15/8/2024", None, "2024-08-15")
SINCE20 = P("Từ năm 2020 đến nay", "2020-01-01", "2024-06-24")

FIGS = [
    F("Khai giảng 24 lớp", "24", 24, "count", "lớp dạy bơi", subject="lớp dạy bơi miễn phí cho trẻ em"),
    F("chuỗi 24 lớp", "24", 24, "count", "lớp dạy bơi", subject="lớp dạy bơi miễn phí cho trẻ em", period=Y24),
    F("từ 35 đến 40 học viên", "35", 35, "count", "học viên", value_max=40, subject="học viên mỗi lớp"),
    F("trong 10 buổi", "10", 10, "count", "buổi", subject="buổi học của mỗi lớp"),
    F("mỗi buổi 90 phút", "90", 90, "measure", "phút", subject="thời lượng mỗi buổi học"),
    F("khoảng 900 em", "900", 900, "count", "em", approx="about", status="forecast",
      subject="em được các lớp dạy bơi", period=TO158),
    F("khoảng 216 triệu", "216", 216e6, "money", "đồng", approx="about",
      subject="tổng kinh phí các lớp dạy bơi"),
    F("240.000 đồng/học viên", "240.000", 240000, "money", "đồng/học viên",
      subject="kinh phí bình quân mỗi học viên"),
    F("có 9 bể bơi", "9", 9, "count", "bể bơi", subject="bể bơi phục vụ dạy bơi cho học sinh"),
    F("(6 bể", "6", 6, "count", "bể", total=9, subject="bể bơi của trường học"),
    F("3 bể tư nhân", "3", 3, "count", "bể", total=9, subject="bể bơi tư nhân"),
    F("thêm 2 bể", "2", 2, "count", "bể bơi di động", subject="bể bơi di động tỉnh hỗ trợ thêm", period=Y24b),
    F("dài 12 m", "12", 12, "measure", "m", subject="chiều dài mỗi bể bơi di động"),
    F("rộng 6 m", "6", 6, "measure", "m", subject="chiều rộng mỗi bể bơi di động"),
    F("320 triệu đồng/bể", "320", 320e6, "money", "đồng/bể", subject="trị giá mỗi bể bơi di động"),
    F("tổ chức 87 lớp", "87", 87, "count", "lớp dạy bơi", subject="lớp dạy bơi huyện đã tổ chức",
      period=SINCE20),
    F("hơn 3.100 trẻ", "3.100", 3100, "count", "trẻ em", approx="over",
      subject="trẻ em được dạy bơi", period=SINCE20),
    F("đạt 41,5%", "41,5", 41.5, "percent", "%", change=CH("increase", 3.2, "%", "năm 2023"),
      subject="tỷ lệ trẻ em trong độ tuổi đi học biết bơi"),
    F("thứ 4 toàn tỉnh", "4", 4, "rank", "hạng", subject="tỷ lệ trẻ em trong độ tuổi đi học biết bơi"),
    F("ít nhất một lớp", "một", 1, "count", "lớp dạy bơi", approx="at_least", status="target",
      subject="lớp dạy bơi mỗi xã, thị trấn tổ chức mỗi năm"),
    F("bảo đảm 100% học viên", "100", 100, "percent", "%", status="target",
      subject="học viên được trang bị kỹ năng an toàn dưới nước"),
]

NOTES = [
    "District portal (huyện Thọ Xuân): banner naming the district and province, menu, 'Ngày đăng: 24/06/2024 - 10:12',",
    "'Nguồn:', 'Tin khác', address/phone footer. Distractors: 10:12, 'Sáng 24/6', 'Khu 4', phone, '6 tháng đầu năm 2024' in a link.",
    "'(6 bể ..., 3 bể ...)' is a bracketed breakdown that adds up to 9 → total 9.",
    "'cao hơn 3,2% so với năm 2023' after a percent level is its change (not a growth-rate claim).",
    "'Dự kiến đến ngày 15/8/2024' → forecast with as-of end date; the budget sentence after it has no cue (actual).",
    "'Từ năm 2020 đến nay' runs to the dateline. 'phấn đấu ... ít nhất một lớp ..., bảo đảm 100%' → both target.",
    "Pool size and price ('dài 12 m', 'rộng 6 m', '320 triệu đồng/bể') are standing specs: no period.",
]

if __name__ == "__main__":
    write("p1396-2", TEXT, NOTES, FIGS, published="2024-06-24", location="Thọ Xuân")
