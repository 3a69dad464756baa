from lib import *

TEXT = """SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Tin hoạt động

Kết quả khám, chữa bệnh BHYT bằng căn cước công dân gắn chíp quý III/2024
Lượt xem: 1.274

Theo số liệu của Sở Y tế thành phố Cần Thơ, trong quý III/2024, các bệnh viện tuyến thành phố đã tiếp nhận 215.640 lượt khám, chữa bệnh bảo hiểm y tế, trong đó 148.327 lượt sử dụng căn cước công dân gắn chíp hoặc ứng dụng VNeID, chiếm 68,8%.

Kết quả tại một số bệnh viện như sau (đơn vị tính: lượt):
Bệnh viện
Tổng lượt KCB BHYT
Lượt dùng CCCD/VNeID
Tỷ lệ (%)
Bệnh viện Đa khoa thành phố Cần Thơ
68.412
49.327
72,1
Bệnh viện Nhi đồng
41.205
30.166
73,2
Bệnh viện Tim mạch
23.870
15.562
65,2
Bệnh viện Ung bướu
19.648
11.105
56,5

Bên cạnh đó, tính đến ngày 30/9/2024, 8/9 bệnh viện tuyến thành phố đã triển khai thanh toán viện phí không dùng tiền mặt; 9 tháng năm 2024, tổng giá trị giao dịch đạt hơn 97 tỷ đồng, gấp 2,4 lần cùng kỳ năm 2023.

Sở Y tế đề nghị các bệnh viện phấn đấu trong quý IV/2024 nâng tỷ lệ khám, chữa bệnh bằng căn cước công dân gắn chíp lên ít nhất 75%, đồng thời triển khai Công văn số 3127/SYT-NVY về sổ sức khỏe điện tử trên VNeID.

Địa chỉ: Số 71 Lý Tự Trọng, phường An Phú, quận Ninh Kiều. Điện thoại: 0292.3820.330.
Phòng Nghiệp vụ Y
12/10/2024
"""

HEADER = """Sở Y tế TP Cần Thơ department site (invented): KCB BHYT bằng CCCD/VNeID tại bệnh viện tuyến thành phố, quý III/2024; viện phí điện tử 9 tháng.
Bare date '12/10/2024' at the end (after the unit's name) gives published. 'Lượt xem: 1.274' is page furniture; address 'Số 71 Lý Tự Trọng',
phone, 'Công văn số 3127/SYT-NVY' are not figures. One-cell-per-line table with '(đơn vị tính: lượt)' and a '(%)' column: every numeric cell a figure,
subject = column label + row label (hospital names are not places; location Cần Thơ), period quý III/2024 from the text above (inherited).
'148.327 lượt … chiếm 68,8%' after 'trong đó' takes total 215640 and percent 68.8. '8/9 bệnh viện' total 9.
'gấp 2,4 lần cùng kỳ năm 2023' is the change of 97 tỷ (lần), as 'gấp 1,6 lần năm 2022' in probe 205. 'ít nhất 75%' target in quý IV/2024."""

PQ3 = per("quý III/2024", "2024-07-01", "2024-09-30")
PQ3i = per("quý III/2024", "2024-07-01", "2024-09-30", inh=True)

FIGS = [
    F("tiếp nhận 215.640 lượt", "215.640", 215640, "count", "lượt", "lượt khám, chữa bệnh bảo hiểm y tế",
      period=PQ3),
    F("148.327 lượt", "148.327", 148327, "count", "lượt",
      "lượt sử dụng căn cước công dân gắn chíp hoặc ứng dụng VNeID", total=215640, percent=68.8, period=PQ3),
]
ROWS = [("Bệnh viện Đa khoa thành phố Cần Thơ", "68.412", "49.327", "72,1"),
        ("Bệnh viện Nhi đồng", "41.205", "30.166", "73,2"),
        ("Bệnh viện Tim mạch", "23.870", "15.562", "65,2"),
        ("Bệnh viện Ung bướu", "19.648", "11.105", "56,5")]
for name, tot, cccd, rate in ROWS:
    FIGS.append(F(f"{name}\n{tot}\n", tot, parse_num(tot), "count", "lượt", f"Tổng lượt KCB BHYT {name}", period=PQ3i))
    FIGS.append(F(f"{tot}\n{cccd}\n", cccd, parse_num(cccd), "count", "lượt", f"Lượt dùng CCCD/VNeID {name}", period=PQ3i))
    FIGS.append(F(f"{cccd}\n{rate}\n", rate, parse_num(rate), "percent", "%", f"Tỷ lệ lượt dùng CCCD/VNeID {name}", period=PQ3i))

FIGS += [
    F("8/9 bệnh viện", "8", 8, "count", "bệnh viện",
      "bệnh viện tuyến thành phố đã triển khai thanh toán viện phí không dùng tiền mặt", total=9,
      period=per("tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("hơn 97 tỷ đồng", "97", 97e9, "money", "đồng", "tổng giá trị giao dịch thanh toán viện phí không dùng tiền mặt",
      approx="over", change=chg("increase", 2.4, "lần", "cùng kỳ năm 2023"),
      period=per("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("ít nhất 75%", "75", 75, "percent", "%", "tỷ lệ khám, chữa bệnh bằng căn cước công dân gắn chíp",
      approx="at_least", status="target", period=per("quý IV/2024", "2024-10-01", "2024-12-31")),
]

build("p428-7", TEXT, FIGS, HEADER, published="2024-10-12", location="Cần Thơ")
