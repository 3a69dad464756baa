"""p1199-2: Đắk Mil district portal (Đắk Nông): two substations energised for bon Jun Juh."""
from lib import build, fig, per, inh, chg, tgt

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẮK MIL
Trang chủ | Tin tức - Sự kiện | Kinh tế

Đóng điện hai trạm biến áp cho bon Jun Juh
Thứ Tư, 12/06/2024 - 08:15

Sáng 11/6, Điện lực Đắk Mil phối hợp với UBND xã Đắk Gằn tổ chức đóng điện công trình cấp điện cho bon Jun Juh. Công trình gồm hai trạm biến áp với tổng công suất 175 kVA (trạm Jun Juh 1 công suất 100 kVA, trạm Jun Juh 2 công suất 75 kVA), 2,8 km đường dây trung áp và 4,5 km đường dây hạ áp. Tổng vốn đầu tư gần 2,6 tỷ đồng, từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.

Công trình giúp 87 hộ đồng bào M'nông với 412 nhân khẩu lần đầu có điện lưới quốc gia. Trước đây, các hộ phải kéo dây câu nhờ điện từ 1 đến 3 km, giá mua điện 4.000-5.000 đồng/kWh.

Gia đình ông Y Bhin, Trưởng bon Jun Juh, có 1,5 ha cà phê. Ông cho biết mỗi mùa khô tiền thuê máy nổ bơm nước tưới hết khoảng 12 triệu đồng; nay dùng máy bơm điện, chi phí chỉ còn hơn 4 triệu đồng. Tiền điện sinh hoạt của các hộ trong bon bình quân khoảng 180.000 đồng/hộ/tháng.

Tính đến cuối tháng 5/2024, toàn huyện có 99,2% hộ dân sử dụng điện lưới quốc gia, còn 215 hộ chưa có điện, chủ yếu ở các bon, thôn vùng sâu thuộc xã Đắk Gằn và Đắk N'Drót. Năm 2024, Điện lực Đắk Mil dự kiến đầu tư thêm 6 trạm biến áp, phấn đấu đến cuối năm tỷ lệ hộ dân sử dụng điện đạt 99,5%.

Mọi thông tin liên hệ: Điện lực Đắk Mil, số 89 đường Lê Duẩn, thị trấn Đắk Mil.

Hồng Thắm (Trung tâm VH-TT&TT huyện)
"""

ASOF = per("Tính đến cuối tháng 5/2024", None, "2024-05-31")

FIGS = [
    fig("Đóng điện hai trạm", "hai", 2, "count", "trạm biến áp",
        subject="trạm biến áp đóng điện cho bon Jun Juh"),
    fig("gồm hai trạm biến áp", "hai", 2, "count", "trạm biến áp",
        subject="trạm biến áp của công trình cấp điện cho bon Jun Juh"),
    fig("tổng công suất 175 kVA", "175", 175, "measure", "kVA",
        subject="tổng công suất hai trạm biến áp"),
    fig("công suất 100 kVA", "100", 100, "measure", "kVA", total=175,
        subject="công suất trạm Jun Juh 1"),
    fig("công suất 75 kVA", "75", 75, "measure", "kVA", total=175,
        subject="công suất trạm Jun Juh 2"),
    fig("2,8 km", "2,8", 2.8, "measure", "km", subject="đường dây trung áp"),
    fig("4,5 km", "4,5", 4.5, "measure", "km", subject="đường dây hạ áp"),
    fig("gần 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", approx="nearly",
        subject="tổng vốn đầu tư công trình cấp điện bon Jun Juh"),
    fig("giúp 87 hộ", "87", 87, "count", "hộ",
        subject="hộ đồng bào M'nông lần đầu có điện lưới quốc gia"),
    fig("412 nhân khẩu", "412", 412, "count", "nhân khẩu",
        subject="nhân khẩu lần đầu có điện lưới quốc gia"),
    fig("từ 1 đến 3 km", "1", 1, "measure", "km", value_max=3,
        subject="khoảng cách kéo dây câu nhờ điện"),
    fig("4.000-5.000 đồng/kWh", "4.000", 4000, "money", "đồng/kWh", value_max=5000,
        subject="giá mua điện câu nhờ"),
    fig("có 1,5 ha", "1,5", 1.5, "measure", "ha", subject="diện tích cà phê gia đình ông Y Bhin"),
    fig("khoảng 12 triệu đồng", "12", 12e6, "money", "đồng", approx="about",
        subject="tiền thuê máy nổ bơm nước tưới mỗi mùa khô"),
    fig("hơn 4 triệu đồng", "4", 4e6, "money", "đồng", approx="over",
        subject="chi phí bơm nước tưới khi dùng máy bơm điện"),
    fig("khoảng 180.000 đồng/hộ/tháng", "180.000", 180000, "money", "đồng/hộ/tháng", approx="about",
        subject="tiền điện sinh hoạt bình quân của các hộ trong bon"),
    fig("có 99,2% hộ dân", "99,2", 99.2, "percent", "%",
        subject="hộ dân sử dụng điện lưới quốc gia", period=ASOF),
    fig("còn 215 hộ", "215", 215, "count", "hộ", subject="hộ chưa có điện", period=ASOF),
    fig("thêm 6 trạm biến áp", "6", 6, "count", "trạm biến áp", status="forecast",
        subject="trạm biến áp đầu tư thêm", period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("đạt 99,5%", "99,5", 99.5, "percent", "%", status="target",
        subject="tỷ lệ hộ dân sử dụng điện", period=per("đến cuối năm", None, "2024-12-31")),
]

NOTES = [
    "District portal (huyện Đắk Mil, Đắk Nông): 'Thứ Tư, 12/06/2024 - 08:15', byline at the end.",
    "Distractors: 'Sáng 11/6', 08:15, station names 'Jun Juh 1'/'Jun Juh 2', 'số 89 đường Lê Duẩn'.",
    "Bracket 100 + 75 kVA adds up to 175 kVA: total 175. 412 nhân khẩu counts people, not part of 87 hộ: own figure.",
    "'chi phí chỉ còn hơn 4 triệu' is the new level (own figure; the drop is not stated as an amount: no change).",
    "Project and farm figures carry no period. Location: the district (Đắk Mil) throughout.",
]

if __name__ == "__main__":
    build("p1199-2", TEXT, NOTES, FIGS, published="2024-06-12", location="Đắk Mil")
