"""p583-7: Sở Tài chính tỉnh Lào Cai (department site, no dateline), one-cell-per-line price table."""
from lib import F, P, INH, CH, TG, emit

ROWS = [
    ("Gạo tẻ thường", "đồng/kg", "15.000", "15.500"),
    ("Thịt lợn hơi", "đồng/kg", "56.000", "60.000"),
    ("Thịt bò thăn", "đồng/kg", "270.000", "265.000"),
    ("Gà ta còn sống", "đồng/kg", "120.000", "120.000"),
    ("Cá chép", "đồng/kg", "75.000", "80.000"),
    ("Đường trắng RE", "đồng/kg", "24.000", "24.500"),
    ("Xăng E5 RON92", "đồng/lít", "23.190", "23.330"),
    ("Dầu diesel 0,05S-II", "đồng/lít", "21.020", "20.870"),
]

table = "STT\nMặt hàng\nĐơn vị tính\nTháng 2/2024\nTháng 3/2024\n"
for i, (name, unit, a, b) in enumerate(ROWS, 1):
    table += f"{i}\n{name}\n{unit}\n{a}\n{b}\n"

TEXT = """SỞ TÀI CHÍNH TỈNH LÀO CAI
Giới thiệu | Tin tức | Văn bản pháp quy | Giá cả thị trường

Giá một số mặt hàng thiết yếu trên địa bàn tỉnh Lào Cai tháng 3/2024

Theo Phòng Quản lý giá và Công sản, trong tháng 3/2024 giá các mặt hàng thiết yếu trên địa bàn tỉnh tương đối ổn định; giá thịt lợn hơi tăng nhẹ do nguồn cung giảm sau Tết, giá xăng dầu biến động theo 4 kỳ điều hành của Liên Bộ Công Thương - Tài chính.

Bảng giá bình quân tại thành phố Lào Cai
""" + table + """
Đáng chú ý, giá rau xanh tại chợ Cốc Lếu giảm 10-15% so với tháng trước do nguồn cung dồi dào; giá gas bán lẻ loại bình 12 kg giữ ở mức 480.000 đồng/bình.

Dự báo tháng 4/2024, giá các mặt hàng lương thực, thực phẩm cơ bản ổn định; giá vật liệu xây dựng có thể tăng từ 3 đến 5% do nhu cầu xây dựng tăng vào mùa khô.

Địa chỉ: Số 8 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai
Điện thoại: 0214.3840.236
Tổng số lượt truy cập: 2.815.330
"""

T2 = P("Tháng 2/2024", "2024-02-01", "2024-02-29")
T3 = P("Tháng 3/2024", "2024-03-01", "2024-03-31")

FIGS = [
    F("theo 4 kỳ điều hành", "4", 4, "count", "kỳ điều hành", "kỳ điều hành giá xăng dầu của Liên Bộ Công Thương - Tài chính",
      P("tháng 3/2024", "2024-03-01", "2024-03-31")),
]
for i, (name, unit, a, b) in enumerate(ROWS, 1):
    nxt = f"\n{i + 1}\n" if i < len(ROWS) else "\n\nĐáng"
    FIGS.append(F(f"{unit}\n{a}\n", a, float(a.replace(".", "")), "money", unit, f"{name} tháng 2/2024", T2))
    FIGS.append(F(f"\n{b}{nxt}", b, float(b.replace(".", "")), "money", unit, f"{name} tháng 3/2024", T3))
FIGS.append(F("giảm 10-15%", "10", 10, "percent", "%", "giá rau xanh tại chợ Cốc Lếu",
              P("tháng 3/2024", "2024-03-01", "2024-03-31", inherited=True), value_max=15))
FIGS.append(F("bình 12 kg", "12", 12, "measure", "kg", "bình gas", optional=True))
FIGS.append(F("mức 480.000 đồng/bình", "480.000", 480000, "money", "đồng/bình", "giá gas bán lẻ loại bình 12 kg"))
FIGS.append(F("từ 3 đến 5%", "3", 3, "percent", "%", "giá vật liệu xây dựng",
              P("tháng 4/2024", "2024-04-01", "2024-04-30"), value_max=5, status="forecast"))

COMMENTS = [
    "Sở Tài chính tỉnh Lào Cai (department site): giá mặt hàng thiết yếu tháng 3/2024. No dateline: published absent.",
    "Table one cell per line (STT | Mặt hàng | Đơn vị tính | Tháng 2/2024 | Tháng 3/2024): every price cell is a money figure,",
    "unit from the 'Đơn vị tính' cell of its row, subject = row + column, period from the column header (scored, as shared h23).",
    "Row numbers 1-8 and product codes (RON92, 0,05S-II, RE) are not figures. The table is for thành phố Lào Cai: location 'Lào Cai'",
    "either way. 'giảm 10-15% so với tháng trước' of vegetables is a rate as the claim (no change); 'bình 12 kg' optional.",
    "'Dự báo tháng 4/2024 … có thể tăng từ 3 đến 5%' is a forecast range.",
    "Distractors: STT and row numbers, Số 8 đường Hoàng Liên, phone 0214.3840.236, 'Tổng số lượt truy cập: 2.815.330'.",
]

if __name__ == "__main__":
    emit("p583-7", TEXT, COMMENTS, FIGS, location="Lào Cai")
