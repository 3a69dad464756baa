"""p1479-2: district portal (huyện Phù Cát, Bình Định): blood-pressure screening of the elderly, gifts of devices."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÙ CÁT - TỈNH BÌNH ĐỊNH
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội

Phù Cát: Hơn 3.600 người cao tuổi được khám sàng lọc tăng huyết áp

Ngày đăng: 23/05/2024 - 15:10

Từ ngày 02/4 đến ngày 20/5/2024, Trung tâm Y tế huyện Phù Cát phối hợp với Hội Người cao tuổi huyện tổ chức khám sàng lọc tăng huyết áp tại 18 xã, thị trấn. Mỗi buổi, đoàn khám tiếp nhận từ 150 đến 200 người. Đã có 3.648 người cao tuổi được đo huyết áp, đường huyết, trong đó 742 người có chỉ số huyết áp cao, chiếm 20,3%. Sau khám, 215 người được chuyển lên Trung tâm Y tế huyện để điều trị.

Dịp này, Công ty CP Thiết bị y tế Tâm An (số 125 Nguyễn Huệ, TP Quy Nhơn) trao tặng 150 máy đo huyết áp điện tử và ba trăm nhiệt kế điện tử cho các hộ có người cao tuổi neo đơn, tổng trị giá gần 180 triệu đồng.

Theo Trung tâm Y tế huyện, toàn huyện hiện quản lý 9.870 người mắc tăng huyết áp, tăng 1.120 người so với năm 2023; tỷ lệ người bệnh được điều trị đạt 68,5% (chỉ tiêu năm 2024 là 70%). Có 14/18 trạm y tế xã, thị trấn được trang bị máy đo đường huyết.

Năm 2024, huyện phấn đấu 100% trạm y tế có máy đo đường huyết, quản lý ít nhất 6.500 người bệnh tăng huyết áp tại tuyến xã.

Tin khác:
- Phù Cát tổ chức Đại hội đại biểu Hội Người cao tuổi lần thứ VI
- Hướng dẫn tiêm chủng mở rộng đợt 2

Bản quyền thuộc UBND huyện Phù Cát
Địa chỉ: 01 Quang Trung, thị trấn Ngô Mây, huyện Phù Cát, tỉnh Bình Định
Điện thoại: 0256.3850.214
"""

CAMP = per("Từ ngày 02/4 đến ngày 20/5/2024", "2024-04-02", "2024-05-20")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 3.600 người", "3.600", 3600, "count", "người", approx="over",
        subject="người cao tuổi được khám sàng lọc tăng huyết áp"),
    fig("tại 18 xã, thị trấn", "18", 18, "count", "xã, thị trấn",
        subject="xã, thị trấn tổ chức khám sàng lọc tăng huyết áp", period=CAMP),
    fig("từ 150 đến 200 người", "150", 150, "measure", "người/buổi", value_max=200,
        subject="người đoàn khám tiếp nhận mỗi buổi"),
    fig("Đã có 3.648 người", "3.648", 3648, "count", "người",
        subject="người cao tuổi được đo huyết áp, đường huyết", period=inh(CAMP)),
    fig("trong đó 742 người", "742", 742, "count", "người", total=3648, percent=20.3,
        subject="người có chỉ số huyết áp cao", period=inh(CAMP)),
    fig("Sau khám, 215 người", "215", 215, "count", "người",
        subject="người được chuyển lên Trung tâm Y tế huyện để điều trị"),
    fig("tặng 150 máy", "150", 150, "count", "máy", subject="máy đo huyết áp điện tử trao tặng"),
    fig("ba trăm nhiệt kế", "ba trăm", 300, "count", "nhiệt kế", subject="nhiệt kế điện tử trao tặng"),
    fig("gần 180 triệu đồng", "180", 180e6, "money", "đồng", approx="nearly",
        subject="tổng trị giá máy đo huyết áp và nhiệt kế trao tặng"),
    fig("quản lý 9.870 người", "9.870", 9870, "count", "người",
        change=chg("increase", 1120, "người", "năm 2023"), subject="người mắc tăng huyết áp được quản lý"),
    fig("đạt 68,5%", "68,5", 68.5, "percent", "%", target=tgt(70), subject="tỷ lệ người bệnh được điều trị"),
    fig("Có 14/18 trạm", "14", 14, "count", "trạm", total=18,
        subject="trạm y tế xã, thị trấn được trang bị máy đo đường huyết"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trạm y tế có máy đo đường huyết", period=Y24),
    fig("ít nhất 6.500 người", "6.500", 6500, "count", "người", approx="at_least", status="target",
        subject="người bệnh tăng huyết áp quản lý tại tuyến xã", period=Y24),
]

NOTES = [
    "District portal (huyện Phù Cát, Bình Định): banner naming the district, menu, 'Ngày đăng: 23/05/2024 - 15:10', 'Tin khác', footer.",
    "Distractors: 'số 125 Nguyễn Huệ, TP Quy Nhơn' (an address: does not move the location), 'lần thứ VI', 'đợt 2', '01 Quang Trung', phone, dates 02/4 and 20/5/2024.",
    "'Mỗi buổi ... từ 150 đến 200 người' is a rate: measure, unit người/buổi, range.",
    "742 follows 'trong đó' after 3.648 (same unit, same campaign): total 3648, share 20,3%. '215 người' stands in its own sentence with no cue: no total.",
    "'ba trăm nhiệt kế' is a number word (300). '(chỉ tiêu năm 2024 là 70%)' is the target of the 68,5%; the 68,5% has no period of its own (hiện).",
    "'tăng 1.120 người so với năm 2023' is the change of 9.870 in người.",
]

if __name__ == "__main__":
    write("p1479-2", TEXT, NOTES, FIGS, published="2024-05-23", location="Phù Cát")
