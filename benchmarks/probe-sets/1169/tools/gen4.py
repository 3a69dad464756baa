"""p1169-4: ministry site (Bộ Nông nghiệp và Môi trường), national crop genebank, as of end 2024 (national)."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Khoa học - Công nghệ

Ngân hàng gen cây trồng quốc gia lưu giữ hơn 46.000 nguồn gen

Ngày đăng: 22/05/2025 | 10:05

Theo Trung tâm Tài nguyên thực vật, tính đến hết năm 2024, Ngân hàng gen cây trồng quốc gia đang lưu giữ 46.312 nguồn gen của 1.049 loài cây trồng, tăng 1.275 nguồn gen so với năm 2023. Trong đó, lưu giữ hạt trong kho lạnh 31.540 nguồn gen, lưu giữ trên đồng ruộng 12.860 nguồn gen và lưu giữ in-vitro 1.912 nguồn gen.

Nhóm cây lương thực chiếm tỷ trọng lớn nhất với 48,5% tổng số nguồn gen, tiếp đến là cây rau (17,2%), cây ăn quả (11,6%) và cây công nghiệp (9,3%). Với quy mô này, Việt Nam đứng thứ 3 khu vực Đông Nam Á về số nguồn gen cây trồng lưu giữ.

Giai đoạn 2021-2024, mạng lưới bảo tồn quốc gia với 22 đơn vị thành viên đã đánh giá, tư liệu hóa khoảng 4.500 nguồn gen; giới thiệu cho sản xuất 37 giống cây trồng mới có nguồn gốc từ nguồn gen bản địa, trong đó 12 giống lúa đặc sản.

Cả nước hiện có 41/63 tỉnh, thành phố triển khai nhiệm vụ quỹ gen cấp tỉnh. Tổng kinh phí các địa phương bố trí cho nhiệm vụ quỹ gen năm 2024 khoảng 65 tỷ đồng, giảm 7% so với năm 2023.

Mục tiêu đến năm 2030, Ngân hàng gen cây trồng quốc gia lưu giữ an toàn 60.000 nguồn gen, trong đó ít nhất 15.000 nguồn gen được đánh giá chi tiết các đặc điểm nông sinh học.

Cơ quan chủ quản: Bộ Nông nghiệp và Môi trường
Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội
Giấy phép số 126/GP-TTĐT | Số lượt truy cập: 3.862.114
"""

ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
G = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
SHARE = "tỷ trọng nguồn gen"

FIGS = [
    F("hơn 46.000 nguồn gen", "46.000", 46000, "count", "nguồn gen", approx="over",
      subject="nguồn gen Ngân hàng gen cây trồng quốc gia lưu giữ"),
    F("lưu giữ 46.312 nguồn gen", "46.312", 46312, "count", "nguồn gen",
      change=C("increase", 1275, "nguồn gen", "năm 2023"),
      subject="nguồn gen Ngân hàng gen cây trồng quốc gia đang lưu giữ", period=ASOF),
    F("của 1.049 loài", "1.049", 1049, "count", "loài", subject="loài cây trồng có nguồn gen lưu giữ", period=ASOF),
    F("kho lạnh 31.540", "31.540", 31540, "count", "nguồn gen", total=46312,
      subject="nguồn gen lưu giữ hạt trong kho lạnh", period=I(ASOF)),
    F("đồng ruộng 12.860", "12.860", 12860, "count", "nguồn gen", total=46312,
      subject="nguồn gen lưu giữ trên đồng ruộng", period=I(ASOF)),
    F("in-vitro 1.912", "1.912", 1912, "count", "nguồn gen", total=46312,
      subject="nguồn gen lưu giữ in-vitro", period=I(ASOF)),
    F("với 48,5%", "48,5", 48.5, "percent", "%", subject=SHARE + " nhóm cây lương thực", period=I(ASOF)),
    F("(17,2%)", "17,2", 17.2, "percent", "%", subject=SHARE + " cây rau", period=I(ASOF)),
    F("(11,6%)", "11,6", 11.6, "percent", "%", subject=SHARE + " cây ăn quả", period=I(ASOF)),
    F("(9,3%)", "9,3", 9.3, "percent", "%", subject=SHARE + " cây công nghiệp", period=I(ASOF)),
    F("đứng thứ 3", "3", 3, "rank", "hạng",
      subject="số nguồn gen cây trồng lưu giữ khu vực Đông Nam Á", period=I(ASOF)),
    F("với 22 đơn vị", "22", 22, "count", "đơn vị thành viên",
      subject="đơn vị thành viên mạng lưới bảo tồn quốc gia"),
    F("khoảng 4.500 nguồn gen", "4.500", 4500, "count", "nguồn gen", approx="about",
      subject="nguồn gen được đánh giá, tư liệu hóa", period=G),
    F("sản xuất 37 giống", "37", 37, "count", "giống cây trồng mới",
      subject="giống cây trồng mới có nguồn gốc từ nguồn gen bản địa giới thiệu cho sản xuất", period=G),
    F("12 giống lúa", "12", 12, "count", "giống lúa đặc sản", total=37,
      subject="giống lúa đặc sản giới thiệu cho sản xuất", period=G),
    F("có 41/63", "41", 41, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố triển khai nhiệm vụ quỹ gen cấp tỉnh"),
    F("khoảng 65 tỷ", "65", 65000000000, "money", "đồng", approx="about",
      change=C("decrease", 7, "%", "năm 2023"),
      subject="tổng kinh phí các địa phương bố trí cho nhiệm vụ quỹ gen", period=Y24),
    F("an toàn 60.000 nguồn gen", "60.000", 60000, "count", "nguồn gen", status="target",
      subject="nguồn gen Ngân hàng gen cây trồng quốc gia lưu giữ an toàn", period=TO30),
    F("ít nhất 15.000", "15.000", 15000, "count", "nguồn gen", approx="at_least", status="target", total=60000,
      subject="nguồn gen được đánh giá chi tiết các đặc điểm nông sinh học", period=TO30),
]

NOTES = [
    "Ministry site (Bộ Nông nghiệp và Môi trường): breadcrumb, 'Ngày đăng: 22/05/2025 | 10:05', footer address, licence, counter. National: Việt Nam.",
    "'tăng 1.275 nguồn gen so với năm 2023' is the change of 46.312 across the clause 'của 1.049 loài cây trồng'.",
    "Parts 31.540 + 12.860 + 1.912 = 46.312 after 'Trong đó' (next sentence): total 46.312, as-of period inherited.",
    "Share list 'chiếm tỷ trọng lớn nhất với 48,5% …, tiếp đến là cây rau (17,2%) …': four percent figures, subject = list's indicator + item.",
    "'41/63 tỉnh, thành phố' → count 41, total 63. '12 giống lúa' → total 37 ('trong đó'). '15.000' of the 60.000 target → total 60.000.",
    "'với 22 đơn vị thành viên' describes the network: no period. Distractors: 10:05, 'Số 2 Ngọc Hà', '126/GP-TTĐT', counter 3.862.114, 'Giai đoạn 2021-2024'.",
]

if __name__ == "__main__":
    write("p1169-4", TEXT, NOTES, FIGS, published="2025-05-22", location="Việt Nam")
