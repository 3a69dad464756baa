from lib import emit, P

text = """ỦY BAN NHÂN DÂN
HUYỆN PHÙ MỸ
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phù Mỹ, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác bảo đảm trật tự, an toàn giao thông đường sắt 9 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
Tuyến đường sắt Bắc - Nam qua địa bàn huyện dài 34,7 km (từ Km 1075+200 đến Km 1109+900), đi qua 8 xã, thị trấn; có 3 ga, 26 đường ngang hợp pháp và 74 lối đi tự mở.

II. KẾT QUẢ THỰC HIỆN
1. Tình hình tai nạn giao thông đường sắt
Bảng 1. Tai nạn giao thông đường sắt trên địa bàn huyện
Đơn vị tính: vụ, người
Chỉ tiêu | 9 tháng năm 2023 | 9 tháng năm 2024 | So sánh (%)
Số vụ | 7 | 5 | 71,4
Số người chết | 5 | 3 | 60,0
Số người bị thương | 3 | 4 | 133,3

2. Công tác tuyên truyền, kiểm tra, xử lý vi phạm
Từ đầu năm đến nay, lực lượng chức năng tổ chức 42 buổi tuyên truyền với hơn 3.600 lượt người tham dự; kiểm tra, lập biên bản 57 trường hợp vi phạm hành lang an toàn đường sắt, xử phạt 38 trường hợp với số tiền 61,5 triệu đồng. Đã giải tỏa 19/24 điểm họp chợ, buôn bán lấn chiếm hành lang (đạt 79,2%).
Phối hợp với Công ty CP Đường sắt Nghĩa Bình thu hẹp, rào chắn 12 lối đi tự mở với tổng kinh phí khoảng 1,85 tỷ đồng, trong đó ngân sách huyện 740 triệu đồng.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2024
- Phấn đấu giảm ít nhất 10% số lối đi tự mở còn lại;
- Hoàn thành xóa bỏ 6 lối đi tự mở tại xã Mỹ Châu và xã Mỹ Lộc trước ngày 31/12/2024.

Nơi nhận:
- Sở GTVT tỉnh Bình Định;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Tâm
"""

A23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
A24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
CMPi = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-05")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-05", inherited=True)
Q4i = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)

figs = [
    dict(anchor="dài 34,7 km", number="34,7", value=34.7, kind="measure", unit="km",
         subject="chiều dài tuyến đường sắt Bắc - Nam qua địa bàn huyện"),
    dict(anchor="qua 8 xã", number="8", value=8, kind="count", unit="xã, thị trấn",
         subject="xã, thị trấn có đường sắt đi qua"),
    dict(anchor="có 3 ga", number="3", value=3, kind="count", unit="ga", subject="ga đường sắt"),
    dict(anchor="26 đường ngang", number="26", value=26, kind="count", unit="đường ngang",
         subject="đường ngang hợp pháp"),
    dict(anchor="và 74 lối đi", number="74", value=74, kind="count", unit="lối đi tự mở", subject="lối đi tự mở"),
    dict(anchor="Số vụ | 7 |", number="7", value=7, kind="count", unit="vụ",
         subject="Số vụ tai nạn giao thông đường sắt 9 tháng năm 2023", period=A23),
    dict(anchor="7 | 5 |", number="5", value=5, kind="count", unit="vụ",
         subject="Số vụ tai nạn giao thông đường sắt 9 tháng năm 2024", period=A24),
    dict(anchor="| 71,4", number="71,4", value=71.4, kind="percent", unit="%",
         subject="So sánh Số vụ tai nạn giao thông đường sắt", period=CMPi),
    dict(anchor="chết | 5 |", number="5", value=5, kind="count", unit="người",
         subject="Số người chết 9 tháng năm 2023", period=A23),
    dict(anchor="5 | 3 |", number="3", value=3, kind="count", unit="người",
         subject="Số người chết 9 tháng năm 2024", period=A24),
    dict(anchor="| 60,0", number="60,0", value=60, kind="percent", unit="%",
         subject="So sánh Số người chết", period=CMPi),
    dict(anchor="thương | 3 |", number="3", value=3, kind="count", unit="người",
         subject="Số người bị thương 9 tháng năm 2023", period=A23),
    dict(anchor="3 | 4 |", number="4", value=4, kind="count", unit="người",
         subject="Số người bị thương 9 tháng năm 2024", period=A24),
    dict(anchor="| 133,3", number="133,3", value=133.3, kind="percent", unit="%",
         subject="So sánh Số người bị thương", period=CMPi),
    dict(anchor="tổ chức 42 buổi", number="42", value=42, kind="count", unit="buổi tuyên truyền",
         subject="buổi tuyên truyền", period=YTD),
    dict(anchor="hơn 3.600 lượt", number="3.600", value=3600, kind="count", unit="lượt người", approx="over",
         subject="lượt người tham dự tuyên truyền", period=YTD),
    dict(anchor="lập biên bản 57 trường hợp", number="57", value=57, kind="count", unit="trường hợp",
         subject="trường hợp vi phạm hành lang an toàn đường sắt bị lập biên bản", period=YTD),
    dict(anchor="xử phạt 38 trường hợp", number="38", value=38, kind="count", unit="trường hợp",
         subject="trường hợp vi phạm bị xử phạt", period=YTD),
    dict(anchor="số tiền 61,5 triệu", number="61,5", value=61.5e6, kind="money", unit="đồng",
         subject="số tiền xử phạt vi phạm", period=YTD),
    dict(anchor="giải tỏa 19/24 điểm", number="19", value=19, kind="count", unit="điểm", total=24, percent=79.2,
         subject="điểm họp chợ, buôn bán lấn chiếm hành lang được giải tỏa", period=YTD),
    dict(anchor="rào chắn 12 lối đi", number="12", value=12, kind="count", unit="lối đi tự mở",
         subject="lối đi tự mở được thu hẹp, rào chắn", period=YTDi),
    dict(anchor="khoảng 1,85 tỷ", number="1,85", value=1.85e9, kind="money", unit="đồng", approx="about",
         subject="tổng kinh phí thu hẹp, rào chắn lối đi tự mở", period=YTDi),
    dict(anchor="huyện 740 triệu", number="740", value=740e6, kind="money", unit="đồng", total=1.85e9,
         subject="kinh phí từ ngân sách huyện", period=YTDi),
    dict(anchor="ít nhất 10%", number="10", value=10, kind="percent", unit="%", approx="at_least", status="target",
         subject="giảm số lối đi tự mở còn lại", period=Q4i),
    dict(anchor="xóa bỏ 6 lối đi", number="6", value=6, kind="count", unit="lối đi tự mở", status="target",
         subject="lối đi tự mở hoàn thành xóa bỏ", period=P("trước ngày 31/12/2024", None, "2024-12-31")),
]

emit(4, text, [
    "Formal report with letterhead (UBND huyện Phù Mỹ, Bình Định, 'Số: 287/BC-UBND'); 'Phù Mỹ, ngày 05 tháng 10 năm 2024' is the date.",
    "Flattened '|' table with 'Đơn vị tính: vụ, người' (unit by row) and a '(%)' comparison column; period from the column headers;",
    "the comparison column has no period of its own (9 tháng 2024 vs 2023; inherited, not scored). Static network facts carry no period.",
    "Distractors: document number, 'Km 1075+200', 'Km 1109+900', section numbers I./II./1./2., 'Bảng 1', date 31/12/2024, signer.",
    "'19/24 điểm … (đạt 79,2%)' total 24 and share 79,2. '740 triệu' after 'trong đó' is part of 1,85 tỷ. 'Từ đầu năm đến nay' ends at the report date.",
    "Section III heading 'QUÝ IV/2024' gives the tasks their period (inherited); 'trước ngày 31/12/2024' is an as-of deadline; 'Phấn đấu'/'Hoàn thành' tasks are targets.",
], figs, published="2024-10-05", location="Phù Mỹ")
