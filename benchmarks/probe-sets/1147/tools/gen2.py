"""p1147-2: district portal (huyện Gia Lâm, Hà Nội): PCCC checks at e-bike charging points in rooming houses (May 2024)."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM
Trang chủ / Tin tức / An ninh - Trật tự

Gia Lâm tăng cường kiểm tra an toàn PCCC tại các điểm sạc xe điện

Thứ Ba, 21/05/2024 - 15:45

Thực hiện chỉ đạo của UBND thành phố Hà Nội, từ ngày 15/3 đến 15/5/2024, Công an huyện Gia Lâm phối hợp với 22 xã, thị trấn kiểm tra an toàn PCCC tại 1.865 cơ sở (nhà trọ, chung cư mini, hộ kinh doanh) có sạc xe máy điện, xe đạp điện. Qua kiểm tra, đã phát hiện 312 cơ sở chưa bảo đảm an toàn, trong đó 97 cơ sở để xe, sạc điện ngay tại lối thoát nạn; lập biên bản, xử phạt 46 trường hợp với tổng số tiền 287 triệu đồng.

Tại xã Đặng Xá, nơi có khoảng 2.300 phòng trọ cho công nhân, sinh viên thuê, xã đã vận động các chủ nhà trọ lắp 156 bộ thiết bị báo cháy tự động và bố trí 41 khu sạc tập trung tách biệt với khu ở. Mỗi khu sạc được trang bị ít nhất hai bình chữa cháy; chi phí đầu tư bình quân từ 8 đến 12 triệu đồng/khu. Ông Nguyễn Văn Hưng, chủ khu trọ 24 phòng ở thôn 3, cho biết đã dành một gian riêng rộng 30 m2 làm nơi sạc cho khoảng 40 xe của người thuê.

Theo thống kê, toàn huyện hiện có khoảng 18.500 xe máy điện, xe đạp điện, tăng gần 30% so với năm 2022. Từ năm 2021 đến nay, trên địa bàn huyện xảy ra 5 vụ cháy có nguyên nhân từ sạc pin xe điện, làm 2 người bị thương.

Huyện đặt mục tiêu đến hết năm 2024 có 100% khu trọ từ 10 phòng trở lên bố trí khu sạc riêng, có thiết bị ngắt điện tự động. Người dân phát hiện nguy cơ cháy nổ báo qua số 114 hoặc 024.3876.5432.

Hoàng Minh (Trung tâm VH-TT&TT huyện)
"""

CAMP = P("từ ngày 15/3 đến 15/5/2024", "2024-03-15", "2024-05-15")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-05-21")
T24 = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("với 22 xã", "22", 22, "count", "xã, thị trấn",
      subject="xã, thị trấn phối hợp kiểm tra an toàn PCCC", period=CAMP),
    F("tại 1.865 cơ sở", "1.865", 1865, "count", "cơ sở",
      subject="cơ sở có sạc xe máy điện, xe đạp điện được kiểm tra an toàn PCCC", period=CAMP),
    F("phát hiện 312 cơ sở", "312", 312, "count", "cơ sở",
      subject="cơ sở chưa bảo đảm an toàn PCCC", period=I(CAMP)),
    F("trong đó 97 cơ sở", "97", 97, "count", "cơ sở", total=312,
      subject="cơ sở để xe, sạc điện ngay tại lối thoát nạn", period=I(CAMP)),
    F("xử phạt 46 trường hợp", "46", 46, "count", "trường hợp",
      subject="trường hợp bị lập biên bản, xử phạt", period=I(CAMP)),
    F("tiền 287 triệu", "287", 287000000, "money", "đồng",
      subject="tổng số tiền xử phạt", period=I(CAMP)),
    F("khoảng 2.300 phòng", "2.300", 2300, "count", "phòng trọ", approx="about",
      subject="phòng trọ cho công nhân, sinh viên thuê tại xã Đặng Xá"),
    F("lắp 156 bộ", "156", 156, "count", "bộ thiết bị báo cháy tự động",
      subject="bộ thiết bị báo cháy tự động lắp tại nhà trọ xã Đặng Xá"),
    F("bố trí 41 khu", "41", 41, "count", "khu sạc",
      subject="khu sạc tập trung tách biệt với khu ở tại xã Đặng Xá"),
    F("ít nhất hai bình", "hai", 2, "measure", "bình chữa cháy/khu sạc", approx="at_least",
      subject="bình chữa cháy trang bị mỗi khu sạc"),
    F("từ 8 đến 12 triệu", "8", 8000000, "money", "đồng/khu", value_max=12000000,
      subject="chi phí đầu tư bình quân khu sạc"),
    F("khu trọ 24 phòng", "24", 24, "count", "phòng", subject="phòng của khu trọ ông Nguyễn Văn Hưng"),
    F("dành một gian", "một", 1, "count", "gian", optional=True, subject="gian dành làm nơi sạc"),
    F("rộng 30 m2", "30", 30, "measure", "m2", subject="diện tích gian làm nơi sạc"),
    F("khoảng 40 xe", "40", 40, "count", "xe", approx="about",
      subject="xe của người thuê được sạc tại khu trọ"),
    F("khoảng 18.500 xe", "18.500", 18500, "count", "xe máy điện, xe đạp điện", approx="about",
      change=C("increase", 30, "%", "năm 2022", approx="nearly"),
      subject="xe máy điện, xe đạp điện"),
    F("ra 5 vụ", "5", 5, "count", "vụ cháy",
      subject="vụ cháy có nguyên nhân từ sạc pin xe điện", period=SINCE),
    F("làm 2 người", "2", 2, "count", "người bị thương",
      subject="người bị thương do cháy từ sạc pin xe điện", period=SINCE),
    F("có 100% khu trọ", "100", 100, "percent", "%", status="target",
      subject="khu trọ từ 10 phòng trở lên bố trí khu sạc riêng", period=T24),
    F("từ 10 phòng", "10", 10, "count", "phòng", approx="at_least", optional=True,
      subject="quy mô khu trọ"),
]

NOTES = [
    "District portal (huyện Gia Lâm, Hà Nội): 'Thứ Ba, 21/05/2024 - 15:45', byline with unit at the end. Default location Gia Lâm;",
    "the commune xã Đặng Xá and 'thôn 3' are below district level, so their figures stay in Gia Lâm.",
    "Distractors: dates 15/3, 15/5/2024, time 15:45, 'thôn 3', phones 114 and 024.3876.5432, 'Trung tâm VH-TT&TT'.",
    "'Qua kiểm tra' sentence inherits the campaign period of the previous sentence. 97 after 'trong đó' → total 312.",
    "'Từ năm 2021 đến nay' ends at the dateline. 'hiện có' gets no period. 'tăng gần 30%' is a change with approx nearly.",
    "Optional: 'một gian' (a number word naming one room the owner set aside; a reader may skip it) and the threshold 'từ 10 phòng trở lên'.",
    "'Mỗi khu sạc ... ít nhất hai bình' is a per-unit rate: measure with the denominator in the unit.",
]

if __name__ == "__main__":
    write("p1147-2", TEXT, NOTES, FIGS, published="2024-05-21", location="Gia Lâm")
