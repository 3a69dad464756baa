"""p624-3: formal report UBND tỉnh Khánh Hòa — vịnh Nha Trang, 9 tháng năm 2023, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH KHÁNH HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Khánh Hòa, ngày 12 tháng 10 năm 2023

BÁO CÁO
Tình hình quản lý hoạt động du lịch trên vịnh Nha Trang 9 tháng năm 2023

Thực hiện Công văn số 1456/BVHTTDL-TCDL ngày 25/9/2023 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Khách tham quan và doanh thu
9 tháng năm 2023, các điểm tham quan trên vịnh Nha Trang đón 3.684.200 lượt khách, tăng 2,3 lần so với cùng kỳ năm 2022, đạt 81,9% kế hoạch năm. Tổng doanh thu vé tham quan các đảo ước đạt 1.042,8 tỷ đồng. Số nộp ngân sách nhà nước là 96,4 tỷ đồng.

2. Phương tiện và công tác kiểm tra
Bảng 1. Phương tiện thủy phục vụ khách tham quan vịnh (tính đến 30/9/2023)
Loại phương tiện | Số phương tiện (chiếc) | Sức chở (ghế) | Đã kiểm tra (lượt)
Tàu tham quan | 214 | 9.630 | 428
Ca nô | 167 | 2.004 | 305
Tàu lưu trú | 12 | 480 | 36
Cộng | 393 | 12.114 | 769

Qua kiểm tra, đã xử lý 58 trường hợp vi phạm, phạt tiền 417,5 triệu đồng, tước giấy phép có thời hạn đối với 4 thuyền trưởng.

3. Bảo vệ môi trường
Lực lượng chức năng thu gom khoảng 865 tấn rác thải trên vịnh và các đảo, trong đó rác thải nhựa chiếm 41%. Khu bảo tồn biển Hòn Mun duy trì 120 phao neo; diện tích rạn san hô được bảo vệ đạt 160 ha.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu cả năm 2023 đón 4,5 triệu lượt khách tham quan vịnh. Hoàn thành lắp đặt 40 phao neo mới trước ngày 31/12/2023.

Đầu mối liên hệ: Sở Du lịch, số 1 Trần Phú, TP. Nha Trang; điện thoại 0258.3822.753.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
ASOF = I(P("tính đến 30/9/2023", None, "2023-09-30"))
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")
DL = P("trước ngày 31/12/2023", None, "2023-12-31")


def cell(anchor, number, value, unit, row, col):
    return F(anchor, number, value, "count", unit, f"{col} {row}", ASOF)


FIGS = [
    F("đón 3.684.200 lượt khách", "3.684.200", 3684200, "count", "lượt khách",
      "lượt khách tham quan vịnh Nha Trang", M9, percent=81.9,
      change=CH("increase", 2.3, unit="lần", baseline="cùng kỳ năm 2022")),
    F("ước đạt 1.042,8 tỷ đồng", "1.042,8", 1042800000000, "money", "đồng",
      "tổng doanh thu vé tham quan các đảo", I(M9), status="estimate"),
    F("là 96,4 tỷ đồng", "96,4", 96400000000, "money", "đồng",
      "số nộp ngân sách nhà nước", I(M9)),
    cell("Tàu tham quan | 214", "214", 214, "chiếc", "Tàu tham quan", "số phương tiện"),
    cell("214 | 9.630", "9.630", 9630, "ghế", "Tàu tham quan", "sức chở"),
    cell("9.630 | 428", "428", 428, "lượt", "Tàu tham quan", "số lượt đã kiểm tra"),
    cell("Ca nô | 167", "167", 167, "chiếc", "Ca nô", "số phương tiện"),
    cell("167 | 2.004", "2.004", 2004, "ghế", "Ca nô", "sức chở"),
    cell("2.004 | 305", "305", 305, "lượt", "Ca nô", "số lượt đã kiểm tra"),
    cell("Tàu lưu trú | 12", "12", 12, "chiếc", "Tàu lưu trú", "số phương tiện"),
    cell("12 | 480", "480", 480, "ghế", "Tàu lưu trú", "sức chở"),
    cell("480 | 36", "36", 36, "lượt", "Tàu lưu trú", "số lượt đã kiểm tra"),
    cell("Cộng | 393", "393", 393, "chiếc", "Cộng", "số phương tiện"),
    cell("393 | 12.114", "12.114", 12114, "ghế", "Cộng", "sức chở"),
    cell("12.114 | 769", "769", 769, "lượt", "Cộng", "số lượt đã kiểm tra"),
    F("xử lý 58 trường hợp", "58", 58, "count", "trường hợp", "trường hợp vi phạm bị xử lý", I(M9)),
    F("phạt tiền 417,5 triệu đồng", "417,5", 417500000, "money", "đồng", "tiền phạt vi phạm", I(M9)),
    F("đối với 4 thuyền trưởng", "4", 4, "count", "thuyền trưởng",
      "thuyền trưởng bị tước giấy phép có thời hạn", I(M9)),
    F("khoảng 865 tấn", "865", 865, "measure", "tấn",
      "rác thải thu gom trên vịnh và các đảo", I(M9), approx="about"),
    F("chiếm 41%", "41", 41, "percent", "%", "rác thải nhựa trong rác thải thu gom", I(M9)),
    F("duy trì 120 phao neo", "120", 120, "count", "phao neo",
      "phao neo Khu bảo tồn biển Hòn Mun duy trì"),
    F("đạt 160 ha", "160", 160, "measure", "ha", "diện tích rạn san hô được bảo vệ"),
    F("đón 4,5 triệu lượt khách", "4,5", 4500000, "count", "lượt khách",
      "lượt khách tham quan vịnh", Y23, status="target"),
    F("lắp đặt 40 phao neo", "40", 40, "count", "phao neo", "phao neo mới lắp đặt", DL, status="target"),
]

COMMENTS = [
    "Formal report under letterhead: UBND tỉnh Khánh Hòa, Số: 287/BC-UBND, 'Khánh Hòa, ngày 12 tháng 10 năm 2023' — vịnh Nha Trang 9 tháng năm 2023.",
    "Not figures: Số 287/BC-UBND, Công văn số 1456/BVHTTDL-TCDL ngày 25/9/2023, section numbers I./II./1./2./3., 'Bảng 1', 'số 1 Trần Phú', phone.",
    "Flattened '|' table: every numeric cell is a count; subject = row label + column label; unit from the column header; period from the",
    "table title 'tính đến 30/9/2023' (another line, so inherited, unscored). The 'Cộng' row is a sum row, but the spec gives no total to table cells.",
    "'tăng 2,3 lần so với cùng kỳ năm 2022' is the change (lần) of 3.684.200; 'đạt 81,9% kế hoạch năm' its percent.",
    "'rác thải nhựa chiếm 41%' has no base amount of its own: a percent figure. Location: Khánh Hòa throughout (vịnh Nha Trang is not the city).",
    "'Phấn đấu' → target; 'Hoàn thành … trước ngày 31/12/2023' is a task of the Q4 plan → target, as-of 31/12/2023.",
]

if __name__ == "__main__":
    emit("p624-3", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Khánh Hòa")
