"""p968-4: Cục Chăn nuôi (Bộ NN&PTNT) site, national native pigs and wild boar herd, 2023."""
from lib import F, change, period, inherit, write

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC CHĂN NUÔI
Trang chủ > Tin hoạt động

Bảo tồn và phát triển lợn bản địa, lợn rừng lai gắn với sinh kế vùng cao

Ngày đăng: 22/05/2023 | Lượt xem: 1.046

Theo số liệu của Cục Chăn nuôi, tính đến hết tháng 3/2023, cả nước có khoảng 1,24 triệu con lợn bản địa các loại, chiếm 4,3% tổng đàn lợn. Các địa phương có đàn lợn bản địa lớn là Sơn La (148.000 con), Hà Giang (132.500 con), Điện Biên (97.600 con) và Nghệ An (88.200 con).

Đàn lợn rừng và lợn rừng lai hiện có khoảng 86.500 con, được nuôi tại 41 tỉnh, thành phố; nhiều nhất là Lâm Đồng và Gia Lai, lần lượt 12.400 con và 9.800 con. Đã có 126 cơ sở nuôi lợn rừng được cấp mã số theo Nghị định số 84/2021/NĐ-CP, tăng 18 cơ sở so với năm 2021.

Năm 2022, sản lượng thịt lợn bản địa đạt khoảng 98.000 tấn. Giá bán lợn bản địa cao hơn lợn ngoại từ 1,5 đến 2 lần, nhưng năng suất thấp, mỗi nái chỉ đạt 12-14 con cai sữa/năm.

Chương trình bảo tồn nguồn gen vật nuôi đang lưu giữ 14 giống lợn bản địa, trong đó 6 giống có nguy cơ tuyệt chủng như lợn Lũng Pù, lợn Mẹo, lợn Vân Pa.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045, đến năm 2030 tỷ trọng lợn bản địa và lợn đặc sản phấn đấu đạt 8-10% tổng đàn lợn; trên 50% sản phẩm chăn nuôi bản địa có truy xuất nguồn gốc.

Cục Chăn nuôi - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3734.5443
"""

ASOF = period("tính đến hết tháng 3/2023", None, "2023-03-31")
T30 = period("đến năm 2030", None, "2030-12-31")
NATIVE = "đàn lợn bản địa"
BOAR = "đàn lợn rừng và lợn rừng lai"

FIGS = [
    F("khoảng 1,24 triệu con", "1,24", 1_240_000, "count", "con", "lợn bản địa các loại", ASOF,
      approx="about", percent=4.3),
    F("Sơn La (148.000 con)", "148.000", 148000, "count", "con", NATIVE, inherit(ASOF), location="Sơn La"),
    F("Hà Giang (132.500 con)", "132.500", 132500, "count", "con", NATIVE, inherit(ASOF), location="Hà Giang"),
    F("Điện Biên (97.600 con)", "97.600", 97600, "count", "con", NATIVE, inherit(ASOF), location="Điện Biên"),
    F("Nghệ An (88.200 con)", "88.200", 88200, "count", "con", NATIVE, inherit(ASOF), location="Nghệ An"),
    F("khoảng 86.500 con", "86.500", 86500, "count", "con", BOAR, approx="about"),
    F("tại 41 tỉnh, thành phố", "41", 41, "count", "tỉnh, thành phố", "tỉnh, thành phố nuôi lợn rừng và lợn rừng lai"),
    F("lần lượt 12.400 con", "12.400", 12400, "count", "con", BOAR, location="Lâm Đồng"),
    F("và 9.800 con", "9.800", 9800, "count", "con", BOAR, location="Gia Lai"),
    F("có 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở nuôi lợn rừng được cấp mã số",
      change=change("increase", 18, "cơ sở", baseline="năm 2021")),
    F("khoảng 98.000 tấn", "98.000", 98000, "measure", "tấn", "sản lượng thịt lợn bản địa",
      period("Năm 2022", "2022-01-01", "2022-12-31"), approx="about"),
    F("từ 1,5 đến 2 lần", "1,5", 1.5, "multiple", "lần", "giá bán lợn bản địa so với lợn ngoại", value_max=2),
    F("đạt 12-14 con cai sữa/năm", "12", 12, "measure", "con cai sữa/năm", "năng suất mỗi nái", value_max=14),
    F("lưu giữ 14 giống", "14", 14, "count", "giống", "giống lợn bản địa được lưu giữ"),
    F("trong đó 6 giống", "6", 6, "count", "giống", "giống lợn bản địa có nguy cơ tuyệt chủng", total=14),
    F("đạt 8-10%", "8", 8, "percent", "%", "tỷ trọng lợn bản địa và lợn đặc sản trong tổng đàn lợn", T30,
      value_max=10, status="target"),
    F("trên 50% sản phẩm", "50", 50, "percent", "%", "sản phẩm chăn nuôi bản địa có truy xuất nguồn gốc", T30,
      approx="over", status="target"),
]

NOTES = [
    "Cục Chăn nuôi (Bộ NN&PTNT) site: national native pig and wild boar herd, 2023. 'Ngày đăng: 22/05/2023 | Lượt xem: 1.046'.",
    "National figures are Việt Nam; provinces in the lists are each item's location. 'Nghị định số 84/2021/NĐ-CP', 'giai đoạn",
    "2021-2030, tầm nhìn 2045', the address 'Số 2 Ngọc Hà' and the phone number are not figures. '1,5 đến 2 lần' compares with",
    "another product and has no base amount: a multiple of its own. The 2030 targets (8-10%, trên 50%) are target figures.",
]

if __name__ == "__main__":
    write(4, TEXT, NOTES, FIGS, published="2023-05-22", location="Việt Nam")
