"""p1157-7: department site (Sở Công Thương Gia Lai), no dateline, one-cell-per-line table of processing establishments."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH GIA LAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Phát triển công nghiệp chế biến cà phê trên địa bàn tỉnh

Gia Lai hiện có 104.500 ha cà phê, sản lượng niên vụ 2023-2024 đạt khoảng 275.000 tấn nhân, đứng thứ 2 cả nước sau Đắk Lắk. Tuy nhiên, phần lớn cà phê vẫn được bán ở dạng nhân thô; cà phê qua chế biến sâu mới chiếm khoảng 6% sản lượng. Tỉnh phấn đấu đến năm 2030 nâng tỷ lệ này lên 20%, hình thành ít nhất 2 cụm công nghiệp chế biến cà phê.

Số cơ sở chế biến cà phê phân theo loại hình:
Đơn vị tính: cơ sở
Loại hình
Năm 2022
Năm 2023
Năm 2024
Hộ rang xay
118
131
142
Hợp tác xã
17
21
26
Doanh nghiệp
22
24
27
Tổng số
157
176
195

Năm 2024, các cơ sở chế biến khoảng 9.600 tấn cà phê rang xay, tăng 11,2% so với năm 2023; trong đó TP Pleiku 4.100 tấn, huyện Chư Sê 1.850 tấn, huyện Ia Grai 1.420 tấn. Công ty TNHH MTV Cà phê 705 (huyện Chư Prông) đã đầu tư nhà máy rang xay công suất 3.000 tấn/năm, tổng vốn hơn 120 tỷ đồng, dự kiến vận hành từ quý II/2025.

Bài viết liên quan:
- Hội chợ Công Thương khu vực Tây Nguyên lần thứ 7
- Kết nối tiêu thụ cà phê OCOP Gia Lai

SỞ CÔNG THƯƠNG TỈNH GIA LAI
Địa chỉ: 69 Hùng Vương, TP Pleiku, tỉnh Gia Lai
Điện thoại: 0269.3824.113 | Email: sct@gialai.gov.vn
Lượt truy cập: 2.316.584 | Đang online: 41
"""

NV = P("niên vụ 2023-2024", "2023-01-01", "2024-12-31")
YEARS = {c: P(c, f"{c[-4:]}-01-01", f"{c[-4:]}-12-31") for c in ("Năm 2022", "Năm 2023", "Năm 2024")}
T30 = P("đến năm 2030", None, "2030-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
CPR = "Chư Prông"


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "cơ sở",
             subject=f"cơ sở chế biến cà phê {row.lower()} {col.lower()}", period=YEARS[col])


FIGS = [
    F("có 104.500 ha", "104.500", 104500, "measure", "ha", subject="diện tích cà phê"),
    F("khoảng 275.000 tấn", "275.000", 275000, "measure", "tấn", approx="about",
      subject="sản lượng cà phê nhân", period=NV),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="sản lượng cà phê cả nước", period=NV),
    F("khoảng 6%", "6", 6, "percent", "%", approx="about", subject="tỷ lệ cà phê qua chế biến sâu"),
    F("lên 20%", "20", 20, "percent", "%", status="target", subject="tỷ lệ cà phê qua chế biến sâu", period=T30),
    F("ít nhất 2 cụm", "2", 2, "count", "cụm công nghiệp", approx="at_least", status="target",
      subject="cụm công nghiệp chế biến cà phê", period=T30),
    cell("xay\n118", "118", 118, "Hộ rang xay", "Năm 2022"),
    cell("118\n131", "131", 131, "Hộ rang xay", "Năm 2023"),
    cell("131\n142", "142", 142, "Hộ rang xay", "Năm 2024"),
    cell("tác xã\n17", "17", 17, "Hợp tác xã", "Năm 2022"),
    cell("17\n21", "21", 21, "Hợp tác xã", "Năm 2023"),
    cell("21\n26", "26", 26, "Hợp tác xã", "Năm 2024"),
    cell("nghiệp\n22", "22", 22, "Doanh nghiệp", "Năm 2022"),
    cell("22\n24", "24", 24, "Doanh nghiệp", "Năm 2023"),
    cell("24\n27", "27", 27, "Doanh nghiệp", "Năm 2024"),
    cell("số\n157", "157", 157, "Tổng số", "Năm 2022"),
    cell("157\n176", "176", 176, "Tổng số", "Năm 2023"),
    cell("176\n195", "195", 195, "Tổng số", "Năm 2024"),
    F("khoảng 9.600 tấn", "9.600", 9600, "measure", "tấn", approx="about",
      change=C("increase", 11.2, "%", "năm 2023"), subject="cà phê rang xay chế biến", period=Y24),
    F("Pleiku 4.100 tấn", "4.100", 4100, "measure", "tấn", total=9600, subject="cà phê rang xay chế biến",
      period=Y24, location="Pleiku"),
    F("Sê 1.850 tấn", "1.850", 1850, "measure", "tấn", total=9600, subject="cà phê rang xay chế biến",
      period=Y24, location="Chư Sê"),
    F("Grai 1.420 tấn", "1.420", 1420, "measure", "tấn", total=9600, subject="cà phê rang xay chế biến",
      period=Y24, location="Ia Grai"),
    F("công suất 3.000 tấn/năm", "3.000", 3000, "measure", "tấn/năm",
      subject="công suất nhà máy rang xay", location=CPR),
    F("hơn 120 tỷ", "120", 120e9, "money", "đồng", approx="over",
      subject="tổng vốn đầu tư nhà máy rang xay", location=CPR),
]

NOTES = [
    "Department site (Sở Công Thương Gia Lai) with no dateline: no published. Menu, related links, footer address, phone, email, counters.",
    "One-cell-per-line table ('Đơn vị tính: cơ sở'): rows are kinds of establishment (not places), subject = caption + row + column label,",
    "periods from the column headers (scored). Cells get no totals; 'Tổng số' row is its own figures.",
    "'trong đó TP Pleiku 4.100 tấn …' after the whole 9.600 tấn: parts with total 9600 and their district as location.",
    "'đứng thứ 2 cả nước' ranks Gia Lai's output (location Gia Lai). 'niên vụ 2023-2024' read like 'giai đoạn' (2023-01-01..2024-12-31).",
    "The company's plant is in huyện Chư Prông: location Chư Prông; 'dự kiến vận hành từ quý II/2025' has no figure, so capacity and capital stay actual.",
    "Distractors: 'Cà phê 705' (company name), 'lần thứ 7', '69 Hùng Vương', phone 0269.3824.113, 'Lượt truy cập: 2.316.584', 'Đang online: 41', 'quý II/2025'.",
]

if __name__ == "__main__":
    write("p1157-7", TEXT, NOTES, FIGS, published=None, location="Gia Lai")
