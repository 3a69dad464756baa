"""p910-4: ministry site (Bộ Nông nghiệp và Môi trường), national freshwater seed output 2024, targets 2030."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Thủy sản
Ngày đăng: 12/03/2025 | Lượt xem: 1.148

Năm 2024 cả nước sản xuất khoảng 38 tỷ con giống thủy sản nước ngọt

Theo Cục Thủy sản và Kiểm ngư, năm 2024 cả nước có khoảng 3.650 cơ sở sản xuất, ương dưỡng giống thủy sản nước ngọt, trong đó 2.140 cơ sở đã được cấp giấy chứng nhận đủ điều kiện, chiếm 58,6%. Tổng sản lượng giống nước ngọt đạt khoảng 38 tỷ con, tăng 4,5% so với năm 2023, cơ bản đáp ứng nhu cầu nuôi của người dân.

Riêng cá tra, năm 2024 cả nước sản xuất 25,3 tỷ cá tra bột và 4,1 tỷ con cá tra giống; trong đó giống cá tra 3 cấp chất lượng cao đạt 1,2 tỷ con, chiếm khoảng 29%. Các địa phương sản xuất nhiều giống cá tra nhất lần lượt là Đồng Tháp (1,65 tỷ con), An Giang (1,02 tỷ con) và Cần Thơ (0,54 tỷ con).

Đối với cá rô phi, cả nước hiện có 46 cơ sở sản xuất giống rô phi đơn tính, cung ứng khoảng 2,8 tỷ con/năm, mới đáp ứng 65-70% nhu cầu. Giống cá chép, cá trắm, cá mè, cá trôi chủ yếu do các cơ sở quy mô hộ gia đình ở các tỉnh phía Bắc sản xuất, chất lượng chưa đồng đều; tỷ lệ sống khi ương từ cá bột lên cá hương chỉ đạt 20-30%.

Mục tiêu đến năm 2030, 100% cơ sở sản xuất giống thủy sản nước ngọt được cấp giấy chứng nhận đủ điều kiện; sản lượng giống nước ngọt đạt 45 tỷ con, trong đó giống cá tra chất lượng cao đạt 2 tỷ con. Để thực hiện mục tiêu này, Bộ đề nghị các địa phương triển khai Quyết định số 1664/QĐ-TTg và Thông tư số 26/2018/TT-BNNPTNT về quản lý giống thủy sản.

Cục Thủy sản và Kiểm ngư - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. ĐT: 024.3724.5370
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
CATRA = "giống cá tra"
FIGS = [
    F("khoảng 38 tỷ con giống", "38", 38e9, "count", "con", "giống thủy sản nước ngọt sản xuất",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    F("khoảng 3.650 cơ sở", "3.650", 3650, "count", "cơ sở", "cơ sở sản xuất, ương dưỡng giống thủy sản nước ngọt",
      Y24, approx="about"),
    F("2.140 cơ sở", "2.140", 2140, "count", "cơ sở", "cơ sở được cấp giấy chứng nhận đủ điều kiện", Y24,
      total=3650, percent=58.6),
    F("khoảng 38 tỷ con,", "38", 38e9, "count", "con", "tổng sản lượng giống nước ngọt", I(Y24), approx="about",
      change=C("increase", 4.5, "%", "năm 2023")),
    F("25,3 tỷ cá tra bột", "25,3", 25.3e9, "count", "cá tra bột", "cá tra bột sản xuất", Y24),
    F("4,1 tỷ con", "4,1", 4.1e9, "count", "con", "cá tra giống sản xuất", Y24),
    F("đạt 1,2 tỷ con", "1,2", 1.2e9, "count", "con", "giống cá tra 3 cấp chất lượng cao", Y24,
      total=4.1e9, percent=29),
    F("cá tra 3 cấp", "3", 3, "count", "cấp", "cấp của hệ thống giống cá tra", optional=True),
    F("Đồng Tháp (1,65 tỷ con)", "1,65", 1.65e9, "count", "con", CATRA, I(Y24), location="Đồng Tháp"),
    F("An Giang (1,02 tỷ con)", "1,02", 1.02e9, "count", "con", CATRA, I(Y24), location="An Giang"),
    F("Cần Thơ (0,54 tỷ con)", "0,54", 0.54e9, "count", "con", CATRA, I(Y24), location="Cần Thơ"),
    F("có 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở sản xuất giống rô phi đơn tính"),
    F("khoảng 2,8 tỷ con/năm", "2,8", 2.8e9, "measure", "con/năm", "giống rô phi đơn tính cung ứng", approx="about"),
    F("65-70% nhu cầu", "65", 65, "percent", "%", "tỷ lệ đáp ứng nhu cầu giống rô phi đơn tính", value_max=70),
    F("đạt 20-30%", "20", 20, "percent", "%", "tỷ lệ sống khi ương từ cá bột lên cá hương", value_max=30),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở sản xuất giống thủy sản nước ngọt được cấp giấy chứng nhận",
      T30, status="target"),
    F("đạt 45 tỷ con", "45", 45e9, "count", "con", "sản lượng giống nước ngọt", T30, status="target"),
    F("đạt 2 tỷ con", "2", 2e9, "count", "con", "giống cá tra chất lượng cao", T30, status="target", total=45e9),
]

NOTES = [
    "Bộ Nông nghiệp và Môi trường (Cục Thủy sản và Kiểm ngư): giống thủy sản nước ngọt cả nước năm 2024; cá tra, rô phi; mục tiêu 2030.",
    "Distractors: Lượt xem 1.148, 'giống cá tra 3 cấp' (name of the seed system), Quyết định số 1664/QĐ-TTg,",
    "Thông tư số 26/2018/TT-BNNPTNT, Số 10 Nguyễn Công Hoan, 024.3724.5370. The ministry's address does not localise figures.",
    "'chiếm 58,6%' / 'chiếm khoảng 29%' after a count are its percent. '65-70% nhu cầu' after 'mới đáp ứng' is a range with its own",
    "subject (đáp ứng is not an attribute cue, and a range cannot be a percent attribute): a percent figure of its own.",
    "The 'lần lượt' list shares the indicator 'giống cá tra'; the places go to location. 0,54 tỷ = 540 triệu.",
    "revised after the first run: '2,8 tỷ con/năm' kind measure (a rate with its denominator in the unit is a measure, FIGURES.md",
    "Rates); 'giống cá tra 3 cấp' (a count of tiers in the seed system's name) added as optional, like the shared gold's",
    "structure counts ('2 giai đoạn', '03 khối', '3 trụ cột').",
    "'đến năm 2030' targets: start null, end 2030-12-31; '2 tỷ con' after 'trong đó' is part of the 45 tỷ.",
]

write("p910-4", TEXT, FIGS, NOTES, published="2025-03-12", location="Việt Nam")
