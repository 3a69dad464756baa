"""p1002-6: national newspaper (VnExpress style) - Hà Nội mở lối thoát nạn thứ hai, tổ liên gia, diễn tập (2023-2024)."""
from lib import F, inherit, period, write

TEXT = """Thời sự › Đời sống

Hà Nội mở thêm hơn 17.000 lối thoát nạn cho nhà ở kết hợp kinh doanh

Thứ ba, 12/3/2024, 07:30 (GMT+7)

Sau 6 tháng ra quân, gần 17.400 nhà ở riêng lẻ kết hợp sản xuất, kinh doanh và nhà trọ tại Hà Nội đã mở lối thoát nạn thứ hai, chiếm khoảng 31% số cơ sở thuộc diện phải khắc phục.

Theo Công an TP Hà Nội, từ tháng 9/2023 đến tháng 2/2024, lực lượng chức năng đã kiểm tra 56.230 nhà ở kết hợp kinh doanh, nhà trọ, chung cư mini; phát hiện 21.600 cơ sở có nguy cơ cháy cao. Chi phí mở một lối thoát nạn qua mái, ban công dao động 3-7 triệu đồng, tùy kết cấu nhà.

Ông Nguyễn Văn Hòa, tổ trưởng tổ liên gia số 5 ở phường Khương Đình, quận Thanh Xuân, cho biết tổ có 18 hộ, mỗi hộ đã mua 2 bình chữa cháy và 1 mặt nạ phòng độc. "Mỗi bình loại 4 kg giá khoảng 300.000 đồng, nhà nào cũng mua được", ông nói.

Toàn thành phố đã thành lập 33.870 tổ liên gia an toàn PCCC và hơn 12.000 điểm chữa cháy công cộng. Trong tháng 1 và tháng 2, các quận, huyện tổ chức 9.240 cuộc diễn tập tại khu dân cư với 418.000 lượt người tham gia. Quận Đống Đa, Hoàng Mai và Thanh Xuân dẫn đầu, lần lượt đạt 612, 588 và 540 cuộc.

Thành phố đặt mục tiêu đến hết năm 2024, 100% nhà ở kết hợp kinh doanh có lối thoát nạn thứ hai hoặc giải pháp thoát nạn thay thế; dự kiến hỗ trợ khoảng 15% chi phí cho hộ nghèo.

Võ Hải
"""

SPAN = period("từ tháng 9/2023 đến tháng 2/2024", "2023-09-01", "2024-02-29")
JF = period("Trong tháng 1 và tháng 2", "2024-01-01", "2024-02-29")
GOAL = period("đến hết năm 2024", end="2024-12-31")
TX = "Thanh Xuân"
DRILL = "cuộc diễn tập tại khu dân cư"

FIGS = [
    F("thêm hơn 17.000 lối thoát nạn", "17.000", 17000, "count", "lối thoát nạn",
      "lối thoát nạn mở thêm cho nhà ở kết hợp kinh doanh", approx="over"),
    F("gần 17.400 nhà ở", "17.400", 17400, "count", "nhà ở",
      "nhà ở riêng lẻ kết hợp sản xuất, kinh doanh và nhà trọ đã mở lối thoát nạn thứ hai", approx="nearly",
      percent=31),
    F("kiểm tra 56.230 nhà ở", "56.230", 56230, "count", "nhà ở",
      "nhà ở kết hợp kinh doanh, nhà trọ, chung cư mini được kiểm tra", SPAN),
    F("phát hiện 21.600 cơ sở", "21.600", 21600, "count", "cơ sở", "cơ sở có nguy cơ cháy cao", SPAN),
    F("dao động 3-7 triệu đồng", "3", 3e6, "money", "đồng/lối thoát nạn", "chi phí mở một lối thoát nạn qua mái, ban công",
      value_max=7e6),
    F("tổ có 18 hộ", "18", 18, "count", "hộ", "hộ trong tổ liên gia số 5", location=TX),
    F("mua 2 bình chữa cháy", "2", 2, "measure", "bình/hộ", "bình chữa cháy mỗi hộ đã mua", location=TX),
    F("1 mặt nạ phòng độc", "1", 1, "measure", "mặt nạ/hộ", "mặt nạ phòng độc mỗi hộ đã mua", location=TX),
    F("loại 4 kg", "4", 4, "measure", "kg", "loại bình chữa cháy", location=TX, optional=True),
    F("khoảng 300.000 đồng", "300.000", 300000, "money", "đồng/bình", "giá mỗi bình chữa cháy loại 4 kg", approx="about",
      location=TX),
    F("thành lập 33.870 tổ", "33.870", 33870, "count", "tổ", "tổ liên gia an toàn PCCC toàn thành phố"),
    F("hơn 12.000 điểm", "12.000", 12000, "count", "điểm", "điểm chữa cháy công cộng", approx="over"),
    F("tổ chức 9.240 cuộc", "9.240", 9240, "count", "cuộc", DRILL, JF),
    F("với 418.000 lượt người", "418.000", 418000, "count", "lượt người", "lượt người tham gia diễn tập", JF),
    F("đạt 612, 588", "612", 612, "count", "cuộc", DRILL, inherit(JF), location="Đống Đa"),
    F("612, 588 và", "588", 588, "count", "cuộc", DRILL, inherit(JF), location="Hoàng Mai"),
    F("và 540 cuộc", "540", 540, "count", "cuộc", DRILL, inherit(JF), location=TX),
    F("2024, 100% nhà ở", "100", 100, "percent", "%",
      "nhà ở kết hợp kinh doanh có lối thoát nạn thứ hai hoặc giải pháp thoát nạn thay thế", GOAL, status="target"),
    F("khoảng 15% chi phí", "15", 15, "percent", "%", "chi phí hỗ trợ cho hộ nghèo", GOAL, approx="about",
      status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style): Hà Nội - lối thoát nạn thứ hai cho nhà ở kết hợp kinh doanh, tổ liên gia, diễn tập.",
    "Dateline 'Thứ ba, 12/3/2024, 07:30 (GMT+7)'. 'Sau 6 tháng ra quân' (locates in time), 'tổ liên gia số 5' (a name), 'lối thoát nạn",
    "thứ hai' are not figures; 'loại 4 kg' (the item's class) is optional. The tổ trưởng's figures (18 hộ, per-household items, the",
    "price he quotes) are located in quận Thanh Xuân; the rest in Hà Nội. 'chiếm khoảng 31%' is the percent of 17.400 nhà ở.",
    "'Trong tháng 1 và tháng 2' takes 2024 from 'tháng 2/2024' before it. 'dự kiến hỗ trợ khoảng 15%' continues the target sentence",
    "(period kept) but has its own forecast cue.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2024-03-12", location="Hà Nội")
