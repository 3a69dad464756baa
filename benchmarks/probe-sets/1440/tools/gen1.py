"""p1440-1: province portal (Thanh Hóa): 9-month licensing, X-ray devices, dosimetry, inspections."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Khoa học - Công nghệ

Thanh Hóa: 9 tháng cấp 186 giấy phép tiến hành công việc bức xạ

Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.862

Theo Sở Khoa học và Công nghệ, 9 tháng đầu năm 2024, sở đã cấp 186 giấy phép tiến hành công việc bức xạ, tăng 12,7% so với cùng kỳ năm 2023, bằng 77,5% kế hoạch năm; trong đó có 142 giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế.

Tính đến ngày 30/9/2024, toàn tỉnh có 417 cơ sở đang sử dụng 689 thiết bị X-quang, gồm 268 thiết bị X-quang chẩn đoán thông thường, 97 máy chụp cắt lớp vi tính (CT), 231 máy X-quang răng và 93 thiết bị di động. Các cơ sở hiện có 1.254 nhân viên bức xạ; 98,6% trong số này được trang bị liều kế cá nhân và đọc liều định kỳ 3 tháng/lần. Kết quả đọc liều cho thấy liều hiệu dụng trung bình của nhân viên khoảng 0,9 mSv/năm, thấp hơn nhiều so với giới hạn 20 mSv/năm theo quy định tại Thông tư số 19/2012/TT-BKHCN.

Từ đầu năm đến nay, Thanh tra Sở đã kiểm tra 58 cơ sở, phát hiện 9 cơ sở vi phạm (chủ yếu là phòng X-quang không bảo đảm che chắn, nhân viên không đeo liều kế trong ca làm việc), xử phạt gần 187 triệu đồng. Quý IV, sở phấn đấu kiểm tra thêm ít nhất 20 cơ sở, tập trung tại TP Thanh Hóa và thị xã Bỉm Sơn.

Tin liên quan:
- Tập huấn an toàn bức xạ cho cơ sở y tế năm 2024
- Triển khai Nghị định số 142/2020/NĐ-CP về tiến hành công việc bức xạ
- Thanh Hóa diễn tập ứng phó sự cố bức xạ, hạt nhân cấp tỉnh lần thứ 3
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    fig("9 tháng cấp 186 giấy phép", "186", 186, "count", "giấy phép",
        subject="giấy phép tiến hành công việc bức xạ", period=H9),
    fig("đã cấp 186 giấy phép", "186", 186, "count", "giấy phép",
        change=chg("increase", 12.7, "%", "cùng kỳ năm 2023"), percent=77.5,
        subject="giấy phép tiến hành công việc bức xạ sở đã cấp", period=M9),
    fig("có 142 giấy phép", "142", 142, "count", "giấy phép", total=186,
        subject="giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế", period=M9),
    fig("có 417 cơ sở", "417", 417, "count", "cơ sở", subject="cơ sở đang sử dụng thiết bị X-quang", period=ASOF),
    fig("sử dụng 689 thiết bị", "689", 689, "count", "thiết bị", subject="thiết bị X-quang", period=ASOF),
    fig("gồm 268 thiết bị", "268", 268, "count", "thiết bị", total=689,
        subject="thiết bị X-quang chẩn đoán thông thường", period=ASOF),
    fig("97 máy chụp", "97", 97, "count", "máy", total=689,
        subject="máy chụp cắt lớp vi tính (CT)", period=ASOF),
    fig("231 máy X-quang răng", "231", 231, "count", "máy", total=689,
        subject="máy X-quang răng", period=ASOF),
    fig("93 thiết bị di động", "93", 93, "count", "thiết bị", total=689,
        subject="thiết bị X-quang di động", period=ASOF),
    fig("có 1.254 nhân viên", "1.254", 1254, "count", "nhân viên bức xạ",
        subject="nhân viên bức xạ của các cơ sở"),
    fig("98,6% trong số này", "98,6", 98.6, "percent", "%",
        subject="nhân viên bức xạ được trang bị liều kế cá nhân"),
    fig("định kỳ 3 tháng/lần", "3", 3, "measure", "tháng/lần",
        subject="chu kỳ đọc liều", optional=True),
    fig("khoảng 0,9 mSv/năm", "0,9", 0.9, "measure", "mSv/năm", approx="about",
        subject="liều hiệu dụng trung bình của nhân viên"),
    fig("giới hạn 20 mSv/năm", "20", 20, "measure", "mSv/năm",
        subject="giới hạn liều theo quy định"),
    fig("kiểm tra 58 cơ sở", "58", 58, "count", "cơ sở", subject="cơ sở Thanh tra Sở đã kiểm tra", period=YTD),
    fig("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở vi phạm", period=YTD),
    fig("gần 187 triệu", "187", 187e6, "money", "đồng", approx="nearly", subject="tiền xử phạt", period=YTD),
    fig("ít nhất 20 cơ sở", "20", 20, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở sở kiểm tra thêm", period=Q4),
]

NOTES = [
    "Province portal (Thanh Hóa): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.862', related links.",
    "Distractors: Lượt xem 1.862, time 08:35, Thông tư số 19/2012/TT-BKHCN, Nghị định số 142/2020/NĐ-CP, 'năm 2024' in a link, 'lần thứ 3'.",
    "Headline '9 tháng' takes the year of published (2024). 'bằng 77,5% kế hoạch năm' is the share (percent) of the 186 licences.",
    "'gồm' breakdown 268+97+231+93 = 689: each part takes total 689 and the as-of date of its sentence.",
    "'hiện có 1.254' and '98,6%' carry no period ('hiện'). The legal dose limit '20 mSv/năm' is a stated figure (measure).",
    "'định kỳ 3 tháng/lần' (a reading cycle) is optional: a frequency, between a duration and a rate.",
    "'phát hiện 9 cơ sở' after 'kiểm tra 58 cơ sở' has no part-of cue: no total. 'Quý IV ... phấn đấu ... ít nhất 20' → target, at_least.",
]

if __name__ == "__main__":
    write("p1440-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Thanh Hóa")
