"""p1271-4: ministry site (Bộ NN&PTNT): the national crop gene bank, livestock breeds, province list, 2030 targets, regional rank."""
from lib import F, P, I, Y, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Khoa học - Công nghệ

Ngân hàng gen cây trồng quốc gia lưu giữ hơn 47.000 nguồn gen

Thứ Ba, 05/11/2024 | 08:45 | Vụ Khoa học, Công nghệ và Môi trường

Tính đến tháng 10/2024, Ngân hàng gen cây trồng quốc gia đang lưu giữ 47.326 nguồn gen của gần 900 loài cây trồng, trong đó 31.580 nguồn gen bảo quản dạng hạt trong kho lạnh, 14.210 nguồn gen trên đồng ruộng và 1.536 nguồn gen nuôi cấy in-vitro.

Năm 2024, các cơ quan tham gia Chương trình bảo tồn quỹ gen quốc gia đã thu thập bổ sung 1.148 nguồn gen, đánh giá chi tiết 2.350 nguồn gen và cung cấp hơn 3.400 lượt nguồn gen cho nghiên cứu, chọn tạo giống. Kinh phí nhà nước bố trí cho nhiệm vụ quỹ gen bình quân khoảng 120 tỷ đồng/năm.

Về vật nuôi, cả nước hiện bảo tồn 187 giống vật nuôi bản địa, trong đó 34 giống ở tình trạng nguy cấp và 12 giống có nguy cơ tuyệt chủng. Các địa phương có số nguồn gen bảo tồn tại chỗ nhiều nhất lần lượt là Hà Giang (412 nguồn gen), Cao Bằng (286 nguồn gen) và Điện Biên (231 nguồn gen).

Từ nguồn gen bản địa, đã có 56 giống cây trồng và 23 giống vật nuôi được phát triển thành sản phẩm hàng hóa, nhiều sản phẩm đạt OCOP 4 sao.

Theo Chiến lược phát triển nông nghiệp và nông thôn bền vững giai đoạn 2021-2030, mục tiêu đến năm 2030 lưu giữ an toàn khoảng 60.000 nguồn gen cây trồng, 100% giống vật nuôi bản địa nguy cấp được bảo tồn.

Việt Nam hiện đứng thứ 3 khu vực Đông Nam Á về số nguồn gen cây trồng lưu giữ, sau Philippines và Thái Lan.

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
Giấy phép số 21/GP-TTĐT
"""

ASOF = P("Tính đến tháng 10/2024", None, "2024-10-31")
Y24 = Y(2024, "Năm 2024")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 47.000", "47.000", 47000, "count", "nguồn gen", approx="over",
      subject="nguồn gen Ngân hàng gen cây trồng quốc gia lưu giữ"),
    F("lưu giữ 47.326", "47.326", 47326, "count", "nguồn gen", period=ASOF,
      subject="nguồn gen Ngân hàng gen cây trồng quốc gia đang lưu giữ"),
    F("gần 900 loài", "900", 900, "count", "loài", approx="nearly", period=ASOF, subject="loài cây trồng"),
    F("31.580 nguồn gen", "31.580", 31580, "count", "nguồn gen", total=47326, period=ASOF,
      subject="nguồn gen bảo quản dạng hạt trong kho lạnh"),
    F("14.210 nguồn gen", "14.210", 14210, "count", "nguồn gen", total=47326, period=ASOF,
      subject="nguồn gen trên đồng ruộng"),
    F("1.536 nguồn gen", "1.536", 1536, "count", "nguồn gen", total=47326, period=ASOF,
      subject="nguồn gen nuôi cấy in-vitro"),
    F("bổ sung 1.148", "1.148", 1148, "count", "nguồn gen", period=Y24, subject="nguồn gen thu thập bổ sung"),
    F("chi tiết 2.350", "2.350", 2350, "count", "nguồn gen", period=Y24, subject="nguồn gen đánh giá chi tiết"),
    F("hơn 3.400 lượt", "3.400", 3400, "count", "lượt nguồn gen", approx="over", period=Y24,
      subject="lượt nguồn gen cung cấp cho nghiên cứu, chọn tạo giống"),
    F("khoảng 120 tỷ", "120", 120e9, "money", "đồng/năm", approx="about",
      subject="kinh phí nhà nước bố trí cho nhiệm vụ quỹ gen"),
    F("bảo tồn 187 giống", "187", 187, "count", "giống", subject="giống vật nuôi bản địa được bảo tồn"),
    F("34 giống", "34", 34, "count", "giống", total=187, subject="giống ở tình trạng nguy cấp"),
    F("12 giống", "12", 12, "count", "giống", total=187, subject="giống có nguy cơ tuyệt chủng"),
    F("Hà Giang (412", "412", 412, "count", "nguồn gen", location="Hà Giang",
      subject="số nguồn gen bảo tồn tại chỗ"),
    F("Cao Bằng (286", "286", 286, "count", "nguồn gen", location="Cao Bằng",
      subject="số nguồn gen bảo tồn tại chỗ"),
    F("Điện Biên (231", "231", 231, "count", "nguồn gen", location="Điện Biên",
      subject="số nguồn gen bảo tồn tại chỗ"),
    F("có 56 giống", "56", 56, "count", "giống", subject="giống cây trồng được phát triển thành sản phẩm hàng hóa"),
    F("23 giống", "23", 23, "count", "giống", subject="giống vật nuôi được phát triển thành sản phẩm hàng hóa"),
    F("khoảng 60.000", "60.000", 60000, "count", "nguồn gen", approx="about", status="target", period=T30,
      subject="nguồn gen cây trồng lưu giữ an toàn"),
    F("100% giống", "100", 100, "percent", "%", status="target", period=T30,
      subject="giống vật nuôi bản địa nguy cấp được bảo tồn"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="số nguồn gen cây trồng lưu giữ"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, 'Thứ Ba, 05/11/2024 | 08:45 | Vụ …' dateline, address footer, licence number.",
    "Distractors: 08:45, 'Số 2 Ngọc Hà', 'Giấy phép số 21/GP-TTĐT', 'OCOP 4 sao', 'giai đoạn 2021-2030', 'in-vitro'.",
    "31.580 + 14.210 + 1.536 = 47.326 after 'trong đó' in the same sentence: totals 47326, the as-of period is scored for them.",
    "'34 giống … và 12 giống …' after 'trong đó' follow 187 giống: total 187.",
    "'lần lượt là Hà Giang (412 …), Cao Bằng (286 …) và Điện Biên (231 …)': list items; subject = the list's indicator, place = location.",
    "'bình quân khoảng 120 tỷ đồng/năm' → money, unit đồng/năm. 'mục tiêu đến năm 2030' → target, end 2030-12-31, both 60.000 and 100%.",
    "'Việt Nam hiện đứng thứ 3 khu vực Đông Nam Á' → rank 3, location Việt Nam (the default of this national page).",
]

if __name__ == "__main__":
    write("p1271-4", TEXT, NOTES, FIGS, published="2024-11-05", location="Việt Nam")
