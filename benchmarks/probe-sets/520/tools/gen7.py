"""p520-7: department site (Chi cục Chăn nuôi và Thú y Phú Thọ), no dateline, one-cell-per-line vaccination table."""
from lib import F, P, I, CH, emit

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH PHÚ THỌ
Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả tiêm phòng vắc xin cho đàn vật nuôi đợt 1 năm 2024

Đợt 1 năm 2024, toàn tỉnh Phú Thọ đã tổ chức tiêm phòng các loại vắc xin cho đàn gia súc, gia cầm tại 225 xã, phường, thị trấn. Kết quả cụ thể như sau:

Bảng 2. Kết quả tiêm phòng đợt 1 năm 2024
Đơn vị tính: liều

Loại vắc xin
Kế hoạch
Thực hiện
Tỷ lệ (%)
Cúm gia cầm
3.200.000
2.986.500
93,3
Lở mồm long móng
142.000
131.860
92,9
Tai xanh (PRRS)
95.000
78.400
82,5
Dịch tả lợn
210.000
203.700
97,0
Dại chó, mèo
48.000
41.520
86,5

Nhìn chung, tỷ lệ tiêm phòng đạt khá so với yêu cầu; riêng vắc xin tai xanh đạt thấp do giá vắc xin cao, nhiều hộ chưa tự nguyện tiêm. Đối với vắc xin dịch tả lợn châu Phi, toàn tỉnh đã tiêm 12.350 liều tại 48 trang trại và 315 hộ chăn nuôi, không ghi nhận phản ứng bất thường sau tiêm.

Trong đợt 1, dịch tả lợn châu Phi chỉ xảy ra tại huyện Thanh Sơn với 6 ổ dịch ở 4 xã, buộc tiêu hủy 214 con lợn. Các ổ dịch đã được khống chế, không lây lan rộng.

Đợt 2 năm 2024 sẽ triển khai từ ngày 1/9/2024 đến ngày 30/10/2024; dự kiến tiêm khoảng 3,5 triệu liều vắc xin các loại.

Chi cục Chăn nuôi và Thú y tỉnh Phú Thọ
Địa chỉ: số 1518 đại lộ Hùng Vương, phường Gia Cẩm, TP. Việt Trì
Điện thoại: 0210.3846.275
Tổng số lượt truy cập: 1.284.903
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
IY = I(Y24)

ROWS = [
    ("Cúm gia cầm", [("3.200.000", "3.200.000"), ("2.986.500", "2.986.500"), ("93,3", "93,3")]),
    ("Lở mồm long móng", [("142.000", "142.000"), ("131.860", "131.860"), ("92,9", "92,9")]),
    ("Tai xanh (PRRS)", [("95.000", "95.000"), ("78.400", "78.400"), ("82,5", "82,5")]),
    ("Dịch tả lợn", [("210.000", "210.000"), ("203.700", "203.700"), ("97,0", "97,0")]),
    ("Dại chó, mèo", [("48.000", "48.000"), ("41.520", "41.520"), ("86,5", "86,5")]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, ((a1, n1), (a2, n2), (a3, n3)) in ROWS:
    TABLE.append(F(a1, n1, num(n1), "count", "liều", f"{label} kế hoạch", IY, status="target"))
    TABLE.append(F(a2, n2, num(n2), "count", "liều", f"{label} thực hiện", IY))
    TABLE.append(F(a3, n3, num(n3), "percent", "%", f"{label} tỷ lệ", IY))

FIGS = [
    F("tại 225 xã", "225", 225, "count", "xã, phường, thị trấn", "xã, phường, thị trấn tổ chức tiêm phòng", Y24),
] + TABLE + [
    F("tiêm 12.350 liều", "12.350", 12350, "count", "liều", "liều vắc xin dịch tả lợn châu Phi đã tiêm"),
    F("tại 48 trang trại", "48", 48, "count", "trang trại", "trang trại được tiêm vắc xin dịch tả lợn châu Phi"),
    F("và 315 hộ", "315", 315, "count", "hộ", "hộ chăn nuôi được tiêm vắc xin dịch tả lợn châu Phi"),
    F("với 6 ổ dịch", "6", 6, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", location="Thanh Sơn"),
    F("ở 4 xã", "4", 4, "count", "xã", "xã có ổ dịch tả lợn châu Phi", location="Thanh Sơn"),
    F("tiêu hủy 214 con", "214", 214, "count", "con", "lợn tiêu hủy", location="Thanh Sơn"),
    F("khoảng 3,5 triệu liều", "3,5", 3500000, "count", "liều", "liều vắc xin các loại tiêm đợt 2",
      P("từ ngày 1/9/2024 đến ngày 30/10/2024", "2024-09-01", "2024-10-30"), approx="about", status="forecast"),
]

COMMENTS = [
    "Chi cục Chăn nuôi và Thú y Phú Thọ site (invented), no dateline: tiêm phòng đợt 1 năm 2024, one-cell-per-line table with",
    "'Đơn vị tính: liều' and a 'Tỷ lệ (%)' column. Every numeric cell is a figure: Kế hoạch -> target, Thực hiện -> actual,",
    "Tỷ lệ -> percent; subject = row label + column label; period 'năm 2024' from the table title (inherited). 97,0 = 97.",
    "'Trong đợt 1' has no year phrase in its sentence -> no period. 'chỉ xảy ra tại huyện Thanh Sơn với 6 ổ dịch ở 4 xã' -> location Thanh Sơn.",
    "Forecast 3,5 triệu liều: period from the clause before ';' in the same sentence.",
    "Distractors: 'Bảng 2', 'đợt 1/Đợt 2', số 1518 đại lộ Hùng Vương, phone 0210.3846.275, 'Tổng số lượt truy cập: 1.284.903'.",
]

if __name__ == "__main__":
    emit("p520-7", TEXT, COMMENTS, FIGS, published=None, location="Phú Thọ")
