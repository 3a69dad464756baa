"""p725-1: Bắc Ninh province portal — 9-month inspection of boarding houses and mini-apartments (2024)."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức - Sự kiện > An ninh - Quốc phòng
Cập nhật: 14/10/2024 08:30
Lượt xem: 3.482

Bắc Ninh kiểm tra hơn 4.200 nhà trọ, chung cư mini trong 9 tháng

9 tháng năm 2024, lực lượng Cảnh sát PCCC và CNCH Công an tỉnh đã kiểm tra an toàn phòng cháy, chữa cháy tại 4.236 cơ sở nhà trọ, nhà cho thuê và chung cư mini, tăng 38,5% so với cùng kỳ năm 2023. Trong đó, 3.517 cơ sở là nhà trọ có từ 10 phòng trở lên, 719 cơ sở là chung cư mini, nhà nhiều tầng nhiều căn hộ.

Qua kiểm tra, lực lượng chức năng phát hiện 1.148 cơ sở vi phạm, chiếm 27,1%; xử phạt vi phạm hành chính 412 trường hợp với tổng số tiền gần 3,86 tỷ đồng; tạm đình chỉ hoạt động 57 cơ sở, đình chỉ 9 cơ sở. Lỗi phổ biến nhất là không có lối thoát nạn thứ hai (chiếm khoảng 41% số lỗi vi phạm), tiếp đến là hệ thống báo cháy hư hỏng, ngăn phòng bằng vật liệu dễ cháy.

Số cơ sở được kiểm tra nhiều nhất tại thành phố Bắc Ninh (1.305 cơ sở), huyện Tiên Du (864 cơ sở), huyện Yên Phong (792 cơ sở) và thành phố Từ Sơn (651 cơ sở). Với kết quả này, Bắc Ninh đứng thứ 2 khu vực đồng bằng sông Hồng về tỷ lệ nhà trọ được kiểm tra.

Cùng với kiểm tra, Công an tỉnh đã tổ chức 326 buổi tuyên truyền cho khoảng 18.500 lượt chủ nhà trọ và người thuê trọ; vận động 2.140 hộ lắp thang dây, mở lối thoát nạn thứ hai, đạt 71,3% số hộ phải khắc phục.

Theo Kế hoạch số 215/KH-UBND của UBND tỉnh, phấn đấu đến hết năm 2025, 100% nhà trọ, chung cư mini được kiểm tra, rà soát và 100% cơ sở có lối thoát nạn thứ hai hoặc giải pháp thoát nạn thay thế.

Khi phát hiện cháy, người dân gọi số 114 hoặc đường dây nóng 0222.3871.257 của Phòng Cảnh sát PCCC và CNCH (số 9 đường Lý Thái Tổ, phường Suối Hoa).
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = P("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 4.200 nhà trọ", "4.200", 4200, "count", "nhà trọ, chung cư mini", approx="over",
      subject="nhà trọ, chung cư mini được kiểm tra", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("tại 4.236 cơ sở", "4.236", 4236, "count", "cơ sở",
      change=CH("increase", 38.5, "%", "cùng kỳ năm 2023"),
      subject="cơ sở nhà trọ, nhà cho thuê và chung cư mini được kiểm tra an toàn phòng cháy, chữa cháy", period=N9),
    F("3.517 cơ sở", "3.517", 3517, "count", "cơ sở", total=4236,
      subject="cơ sở nhà trọ có từ 10 phòng trở lên được kiểm tra", period=I(N9)),
    F("từ 10 phòng trở lên", "10", 10, "count", "phòng", approx="at_least", optional=True),
    F("719 cơ sở", "719", 719, "count", "cơ sở", total=4236,
      subject="cơ sở chung cư mini, nhà nhiều tầng nhiều căn hộ được kiểm tra", period=I(N9)),
    F("phát hiện 1.148 cơ sở", "1.148", 1148, "count", "cơ sở", percent=27.1,
      subject="cơ sở vi phạm", period=I(N9)),
    F("412 trường hợp", "412", 412, "count", "trường hợp",
      subject="trường hợp bị xử phạt vi phạm hành chính", period=I(N9)),
    F("gần 3,86 tỷ đồng", "3,86", 3860000000, "money", "đồng", approx="nearly",
      subject="tổng số tiền xử phạt vi phạm hành chính", period=I(N9)),
    F("hoạt động 57 cơ sở", "57", 57, "count", "cơ sở",
      subject="cơ sở bị tạm đình chỉ hoạt động", period=I(N9)),
    F("đình chỉ 9 cơ sở", "9", 9, "count", "cơ sở",
      subject="cơ sở bị đình chỉ", period=I(N9)),
    F("khoảng 41% số lỗi", "41", 41, "percent", "%", approx="about",
      subject="lỗi không có lối thoát nạn thứ hai trong số lỗi vi phạm", period=I(N9)),
    F("Bắc Ninh (1.305 cơ sở)", "1.305", 1305, "count", "cơ sở",
      subject="cơ sở được kiểm tra", period=I(N9), location="Bắc Ninh"),
    F("Tiên Du (864 cơ sở)", "864", 864, "count", "cơ sở",
      subject="cơ sở được kiểm tra", period=I(N9), location="Tiên Du"),
    F("Yên Phong (792 cơ sở)", "792", 792, "count", "cơ sở",
      subject="cơ sở được kiểm tra", period=I(N9), location="Yên Phong"),
    F("Từ Sơn (651 cơ sở)", "651", 651, "count", "cơ sở",
      subject="cơ sở được kiểm tra", period=I(N9), location="Từ Sơn"),
    F("đứng thứ 2 khu vực", "2", 2, "rank", "hạng",
      subject="tỷ lệ nhà trọ được kiểm tra khu vực đồng bằng sông Hồng"),
    F("326 buổi", "326", 326, "count", "buổi",
      subject="buổi tuyên truyền", period=I(N9)),
    F("khoảng 18.500 lượt", "18.500", 18500, "count", "lượt", approx="about",
      subject="lượt chủ nhà trọ và người thuê trọ được tuyên truyền", period=I(N9)),
    F("vận động 2.140 hộ", "2.140", 2140, "count", "hộ", percent=71.3,
      subject="hộ được vận động lắp thang dây, mở lối thoát nạn thứ hai", period=I(N9)),
    F("2025, 100% nhà trọ", "100", 100, "percent", "%", status="target",
      subject="nhà trọ, chung cư mini được kiểm tra, rà soát", period=T25),
    F("và 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở có lối thoát nạn thứ hai hoặc giải pháp thoát nạn thay thế", period=T25),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Ninh: kiểm tra an toàn PCCC nhà trọ, chung cư mini 9 tháng năm 2024 (province portal).",
    "'Cập nhật: 14/10/2024 08:30' is the dateline; 'Lượt xem: 3.482' is page furniture. Headline '9 tháng' takes 2024 from the dateline.",
    "3.517 + 719 = 4.236 after 'Trong đó' (totals). District list items carry location; the list does not add up, so no total.",
    "'Kế hoạch số 215/KH-UBND', '114', '0222.3871.257', 'số 9 đường Lý Thái Tổ' are not figures; 'từ 10 phòng trở lên' is a threshold (optional).",
]

if __name__ == "__main__":
    emit("p725-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Bắc Ninh")
