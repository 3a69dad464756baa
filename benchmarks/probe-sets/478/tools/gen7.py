import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """SỞ TÀI CHÍNH TỈNH LÀO CAI
Trang chủ | Công khai ngân sách | Quyết toán

Công khai quyết toán ngân sách địa phương năm 2023

Thực hiện Thông tư số 343/2016/TT-BTC, Sở Tài chính công khai số liệu quyết toán ngân sách địa phương năm 2023 đã được HĐND tỉnh phê chuẩn tại Nghị quyết số 41/NQ-HĐND ngày 06/12/2024.

Biểu số 62/CK-NSNN
CÂN ĐỐI NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2023
Đơn vị tính: triệu đồng

STT
Nội dung
Dự toán
Quyết toán
So sánh (%)
A
Tổng nguồn thu ngân sách địa phương
17.254.300
19.862.415
115,1
I
Thu ngân sách địa phương được hưởng theo phân cấp
6.840.000
7.612.908
111,3
II
Thu bổ sung từ ngân sách cấp trên
10.414.300
10.618.270
102,0
B
Tổng chi ngân sách địa phương
17.494.300
18.977.531
108,5
C
Bội chi ngân sách địa phương
240.000
185.600
77,3
D
Kết dư ngân sách địa phương

884.884


Theo thuyết minh kèm theo, chi chuyển nguồn sang năm 2024 là 3.412,6 tỷ đồng, chiếm 18% tổng chi ngân sách địa phương; số thu ngân sách địa phương được hưởng theo phân cấp vượt dự toán chủ yếu do thu tiền sử dụng đất đạt 1.284,5 tỷ đồng, gấp 2,1 lần dự toán.

Các tổ chức, cá nhân cần tra cứu chi tiết liên hệ Phòng Quản lý ngân sách, Sở Tài chính, điện thoại 0214.3840.196.

Địa chỉ: Tầng 5, Khối 4, Đại lộ Trần Hưng Đạo, phường Nam Cường, TP Lào Cai
Lượt truy cập: 2.140.372"""

Y23 = per("NĂM 2023", "2023-01-01", "2023-12-31", inherited=True)
ROWS = [
    ("Tổng nguồn thu ngân sách địa phương", "17.254.300", "19.862.415", "115,1"),
    ("Thu ngân sách địa phương được hưởng theo phân cấp", "6.840.000", "7.612.908", "111,3"),
    ("Thu bổ sung từ ngân sách cấp trên", "10.414.300", "10.618.270", "102,0"),
    ("Tổng chi ngân sách địa phương", "17.494.300", "18.977.531", "108,5"),
    ("Bội chi ngân sách địa phương", "240.000", "185.600", "77,3"),
]


def n(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = []
for label, dt, qt, ss in ROWS:
    FIGS.append(fig(dt, dt, n(dt) * 1e6, "money", "đồng", f"{label} dự toán", Y23, status="target"))
    FIGS.append(fig(qt, qt, n(qt) * 1e6, "money", "đồng", f"{label} quyết toán", Y23))
    FIGS.append(fig(ss, ss, n(ss), "percent", "%", f"{label} quyết toán so sánh dự toán", Y23))
FIGS += [
    fig("884.884", "884.884", 884884e6, "money", "đồng", "Kết dư ngân sách địa phương quyết toán", Y23),
    fig("là 3.412,6 tỷ đồng", "3.412,6", 3412.6e9, "money", "đồng", "chi chuyển nguồn sang năm 2024",
        per("năm 2023", "2023-01-01", "2023-12-31", inherited=True), percent=18),
    fig("đạt 1.284,5 tỷ đồng", "1.284,5", 1284.5e9, "money", "đồng", "thu tiền sử dụng đất",
        per("năm 2023", "2023-01-01", "2023-12-31", inherited=True), change=chg("increase", 2.1, unit="lần", baseline="dự toán")),
]

COMMENTS = [
    "Sở Tài chính Lào Cai (department site, no dateline): công khai quyết toán NSĐP năm 2023, Biểu 62/CK-NSNN as a one-cell-per-line table,",
    "'Đơn vị tính: triệu đồng' (so 17.254.300 = 17.254.300 triệu đồng). Row labels A/I/II/B/C/D and 'STT' are not figures; the empty cells",
    "of the Kết dư row are blank lines. 'Dự toán' column -> status target; 'Quyết toán' and 'So sánh (%)' -> actual. Period from the table",
    "title 'NĂM 2023' (not in the cell's line): inherited, unscored.",
    "Not figures: Thông tư số 343/2016/TT-BTC, Nghị quyết số 41/NQ-HĐND ngày 06/12/2024, 'Biểu số 62/CK-NSNN', 'năm 2024' in a subject,",
    "phone 0214.3840.196, 'Tầng 5, Khối 4', Lượt truy cập 2.140.372.",
    "'gấp 2,1 lần dự toán' after 1.284,5 tỷ is its change against plan (unit lần), not a multiple of its own; '18% tổng chi' is the percent of 3.412,6 tỷ.",
]

if __name__ == "__main__":
    emit("p478-7", TEXT, COMMENTS, FIGS, location="Lào Cai")
