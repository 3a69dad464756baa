"""p659-5: Báo Bình Định (Party newspaper) — fishing vessels controlled at border stations, IUU."""
from lib import F, P, I, CH, emit

TEXT = """Báo Bình Định điện tử
Kinh tế > Thủy sản

Kiểm soát chặt tàu cá ra, vào cửa biển để chống khai thác IUU

Từ đầu năm đến nay, các trạm kiểm soát biên phòng thuộc BĐBP tỉnh Bình Định đã kiểm tra, kiểm soát 48.620 lượt tàu cá ra, vào cửa biển, tăng 6,8% so với cùng kỳ năm 2023, với 312.450 lượt thuyền viên.

Tính đến ngày 30/9/2024, toàn tỉnh có 5.812 tàu cá, trong đó 2.946 tàu có chiều dài từ 15 m trở lên; 100% tàu cá thuộc diện này đã lắp đặt thiết bị giám sát hành trình (VMS).

Qua kiểm soát, lực lượng biên phòng phát hiện, xử lý 74 vụ vi phạm, phạt tiền 1.480,5 triệu đồng; trong đó có 19 vụ tàu cá mất kết nối VMS trên 6 giờ, 11 vụ vượt ranh giới cho phép khai thác trên biển. Số vụ vi phạm tập trung ở thị xã Hoài Nhơn (28 vụ), huyện Phù Cát (17 vụ) và thành phố Quy Nhơn (15 vụ). Điển hình, ngày 12/9, Đồn Biên phòng Tam Quan xử phạt chủ tàu cá BĐ 97468 TS số tiền 75 triệu đồng do không duy trì kết nối VMS.

Ngoài ra, các đồn biên phòng ven biển đã phối hợp cứu hộ, cứu nạn 23 vụ với 31 tàu cá và 187 ngư dân gặp nạn trên biển; trao tặng 3.200 lá cờ Tổ quốc cho ngư dân.

Trung tá Nguyễn Văn Hùng, Phó Chỉ huy trưởng BĐBP tỉnh cho biết, đến cuối năm 2024 đơn vị phấn đấu tỷ lệ tàu cá được kiểm soát khi xuất, nhập bến đạt trên 98%, không để tàu cá của tỉnh vi phạm vùng biển nước ngoài.

Hoàng Quân
24/10/2024
"""

SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-24")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
VIOL = "vụ vi phạm được phát hiện, xử lý"

FIGS = [
    F("kiểm soát 48.620 lượt", "48.620", 48620, "count", "lượt tàu cá",
      "lượt tàu cá ra, vào cửa biển được kiểm tra, kiểm soát", SINCE,
      change=CH("increase", 6.8, "%", "cùng kỳ năm 2023")),
    F("với 312.450 lượt", "312.450", 312450, "count", "lượt thuyền viên",
      "lượt thuyền viên ra, vào cửa biển được kiểm tra, kiểm soát", SINCE),
    F("có 5.812 tàu cá", "5.812", 5812, "count", "tàu cá", "tàu cá toàn tỉnh", ASOF),
    F("2.946 tàu", "2.946", 2946, "count", "tàu", "tàu cá có chiều dài từ 15 m trở lên", ASOF, total=5812),
    F("từ 15 m trở lên", "15", 15, "measure", "m", approx="at_least", optional=True),
    F("100% tàu cá", "100", 100, "percent", "%",
      "tàu cá từ 15 m trở lên đã lắp đặt thiết bị giám sát hành trình (VMS)", ASOF),
    F("xử lý 74 vụ", "74", 74, "count", "vụ", VIOL, I(SINCE)),
    F("phạt tiền 1.480,5 triệu đồng", "1.480,5", 1480.5e6, "money", "đồng", "tiền phạt vi phạm", I(SINCE)),
    F("có 19 vụ", "19", 19, "count", "vụ", "vụ tàu cá mất kết nối VMS trên 6 giờ", I(SINCE), total=74),
    F("trên 6 giờ", "6", 6, "measure", "giờ", approx="over", optional=True),
    F("11 vụ vượt", "11", 11, "count", "vụ", "vụ vượt ranh giới cho phép khai thác trên biển", I(SINCE), total=74),
    F("Hoài Nhơn (28 vụ)", "28", 28, "count", "vụ", "vụ vi phạm", I(SINCE), location="Hoài Nhơn"),
    F("Phù Cát (17 vụ)", "17", 17, "count", "vụ", "vụ vi phạm", I(SINCE), location="Phù Cát"),
    F("Quy Nhơn (15 vụ)", "15", 15, "count", "vụ", "vụ vi phạm", I(SINCE), location="Quy Nhơn"),
    F("75 triệu đồng", "75", 75e6, "money", "đồng", "tiền xử phạt chủ tàu cá không duy trì kết nối VMS"),
    F("cứu nạn 23 vụ", "23", 23, "count", "vụ", "vụ cứu hộ, cứu nạn trên biển", I(SINCE)),
    F("31 tàu cá", "31", 31, "count", "tàu cá", "tàu cá gặp nạn được cứu hộ, cứu nạn", I(SINCE)),
    F("187 ngư dân", "187", 187, "count", "ngư dân", "ngư dân gặp nạn được cứu hộ, cứu nạn", I(SINCE)),
    F("3.200 lá cờ", "3.200", 3200, "count", "lá cờ", "cờ Tổ quốc trao tặng ngư dân", I(SINCE)),
    F("trên 98%", "98", 98, "percent", "%", "tỷ lệ tàu cá được kiểm soát khi xuất, nhập bến",
      P("đến cuối năm 2024", None, "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Báo Bình Định (Party newspaper, byline and bare date at the end): fishing vessels controlled by border stations, IUU, rescue.",
    "'Từ đầu năm đến nay' ends at the dateline 24/10/2024. 'trong đó có 19 vụ …, 11 vụ' follows '1.480,5 triệu đồng' but the whole of the",
    "same thing is '74 vụ'. District list (Hoài Nhơn, Phù Cát, Quy Nhơn) has no part cue: no total. Thresholds '15 m', '6 giờ' optional.",
    "'tăng 6,8%' stands between the two counts and belongs to the first (lượt tàu cá). 'đến cuối năm 2024' target: end 2024-12-31.",
    "Distractors: tàu cá BĐ 97468 TS, ngày 12/9, date line, rank/name of the officer.",
]

if __name__ == "__main__":
    emit("p659-5", TEXT, COMMENTS, FIGS, published="2024-10-24", location="Bình Định")
