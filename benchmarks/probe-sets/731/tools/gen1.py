"""p731-1: Nghệ An province portal — wildlife farming facilities with codes, herd, prices (H1/2024)."""
from lib import F, P, INH, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Kinh tế
Nghệ An: Hơn 1.100 cơ sở nuôi động vật hoang dã đã được cấp mã số
Cập nhật: 18/07/2024 08:45
Lượt xem: 3.264

Theo Chi cục Kiểm lâm tỉnh, tính đến ngày 30/6/2024, toàn tỉnh Nghệ An có 1.286 cơ sở nuôi động vật hoang dã, tăng 97 cơ sở so với cuối năm 2023; trong đó 1.124 cơ sở đã được cấp mã số theo Nghị định số 84/2021/NĐ-CP, chiếm 87,4%.

Tổng đàn tại các cơ sở đạt khoảng 186.500 con. Trong đó, đàn dúi 58.700 con, rắn các loại 71.200 con, nhím 42.300 con; còn lại là cầy hương, lợn rừng, hươu sao và một số loài thuộc nhóm IIB. Các huyện có nhiều cơ sở nuôi là Quỳnh Lưu (186 cơ sở), Yên Thành (154 cơ sở), Diễn Châu (131 cơ sở) và Nghi Lộc (102 cơ sở).

Về giá bán, 6 tháng đầu năm 2024, giá nhím thịt, dúi thịt và rắn ráo trâu tại cơ sở bình quân lần lượt là 165.000, 380.000 và 290.000 đồng/kg. Giá nhím giảm khoảng 15% so với cùng kỳ do nguồn cung tăng. Doanh thu từ nuôi động vật hoang dã 6 tháng ước đạt 126,5 tỷ đồng, tăng 8,2% so với cùng kỳ năm 2023.

Từ đầu năm đến nay, lực lượng kiểm lâm đã kiểm tra 214 lượt cơ sở, phát hiện 9 cơ sở nuôi không chứng minh được nguồn gốc hợp pháp, xử phạt vi phạm hành chính 87 triệu đồng.

Mục tiêu đến năm 2025, 100% cơ sở nuôi động vật hoang dã trên địa bàn được cấp mã số hoặc ghi sổ theo dõi, không để phát sinh cơ sở nuôi trái phép.

Mọi thông tin phản ánh xin liên hệ Chi cục Kiểm lâm Nghệ An, số 99 đường Lê Hồng Phong, TP. Vinh; điện thoại 0238.3844.517.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")
T2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 1.100 cơ sở", "1.100", 1100, "count", "cơ sở", "cơ sở nuôi động vật hoang dã được cấp mã số",
      INH(ASOF), approx="over"),
    F("có 1.286 cơ sở", "1.286", 1286, "count", "cơ sở", "cơ sở nuôi động vật hoang dã", ASOF,
      change=CH("increase", 97, "cơ sở", "cuối năm 2023")),
    F("1.124 cơ sở đã", "1.124", 1124, "count", "cơ sở", "cơ sở nuôi động vật hoang dã được cấp mã số", ASOF,
      total=1286, percent=87.4),
    F("khoảng 186.500 con", "186.500", 186500, "count", "con", "tổng đàn động vật hoang dã tại các cơ sở", INH(ASOF),
      approx="about"),
    F("dúi 58.700 con", "58.700", 58700, "count", "con", "đàn dúi", INH(ASOF), total=186500),
    F("rắn các loại 71.200 con", "71.200", 71200, "count", "con", "rắn các loại", INH(ASOF), total=186500),
    F("nhím 42.300 con", "42.300", 42300, "count", "con", "đàn nhím", INH(ASOF), total=186500),
    F("Quỳnh Lưu (186 cơ sở)", "186", 186, "count", "cơ sở", "cơ sở nuôi động vật hoang dã", INH(ASOF),
      location="Quỳnh Lưu"),
    F("Yên Thành (154 cơ sở)", "154", 154, "count", "cơ sở", "cơ sở nuôi động vật hoang dã", INH(ASOF),
      location="Yên Thành"),
    F("Diễn Châu (131 cơ sở)", "131", 131, "count", "cơ sở", "cơ sở nuôi động vật hoang dã", INH(ASOF),
      location="Diễn Châu"),
    F("Nghi Lộc (102 cơ sở)", "102", 102, "count", "cơ sở", "cơ sở nuôi động vật hoang dã", INH(ASOF),
      location="Nghi Lộc"),
    F("là 165.000,", "165.000", 165000, "money", "đồng/kg", "giá nhím thịt tại cơ sở bình quân", H1),
    F(" 380.000 và", "380.000", 380000, "money", "đồng/kg", "giá dúi thịt tại cơ sở bình quân", H1),
    F("290.000 đồng/kg", "290.000", 290000, "money", "đồng/kg", "giá rắn ráo trâu tại cơ sở bình quân", H1),
    F("giảm khoảng 15%", "15", 15, "percent", "%", "giá nhím so với cùng kỳ", INH(H1), approx="about",
      note="a growth rate that is the claim (own sentence, no base amount): percent figure, no change"),
    F("ước đạt 126,5 tỷ đồng", "126,5", 126500000000, "money", "đồng", "doanh thu từ nuôi động vật hoang dã",
      P("6 tháng", "2024-01-01", "2024-06-30"), change=CH("increase", 8.2, "%", "cùng kỳ năm 2023"),
      status="estimate"),
    F("kiểm tra 214 lượt", "214", 214, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", YTD),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở",
      "cơ sở nuôi không chứng minh được nguồn gốc hợp pháp", YTD),
    F("hành chính 87 triệu đồng", "87", 87000000, "money", "đồng", "tiền xử phạt vi phạm hành chính", YTD),
    F("100% cơ sở", "100", 100, "percent", "%",
      "cơ sở nuôi động vật hoang dã được cấp mã số hoặc ghi sổ theo dõi", T2025, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: cơ sở nuôi động vật hoang dã được cấp mã số, tổng đàn, giá bán, doanh thu 6 tháng đầu năm 2024.",
    "Province portal: breadcrumb, 'Cập nhật: 18/07/2024 08:45', 'Lượt xem: 3.264' (counter, not a figure).",
    "Not figures: Nghị định số 84/2021/NĐ-CP, nhóm IIB, 'một số loài', address 'số 99 đường Lê Hồng Phong', phone 0238.3844.517.",
    "Headline and list items inherit the lead's as-of period (unscored). 'lần lượt là 165.000, 380.000 và 290.000 đồng/kg':",
    "three prices, the unit stated once at the end. 'Từ đầu năm đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    emit("p731-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Nghệ An")
