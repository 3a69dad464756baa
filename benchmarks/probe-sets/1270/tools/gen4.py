"""p1270-4: ministry site (Bộ NN&PTNT, Cục Lâm nghiệp và Kiểm lâm): national figures on zoos and safari parks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp - Kiểm lâm

Siết chặt quản lý động vật hoang dã tại vườn thú, công viên safari

Thứ Năm, 20/06/2024 | 14:05 | Cục Lâm nghiệp và Kiểm lâm

Theo Cục Lâm nghiệp và Kiểm lâm, tính đến hết tháng 5/2024, cả nước có 41 vườn thú, công viên safari và khu trưng bày động vật hoang dã phục vụ tham quan, phân bố tại 27/63 tỉnh, thành phố. Các cơ sở này đang nuôi khoảng 38.600 cá thể thuộc hơn 650 loài; riêng ba công viên safari lớn nhất tại Kiên Giang, Bình Định và Khánh Hòa chiếm gần 45% số cá thể.

Năm 2023, các cơ sở đón tổng cộng khoảng 9,4 triệu lượt khách, tăng 21% so với năm 2022; doanh thu ước trên 4.100 tỷ đồng. Việt Nam hiện có 6 vườn thú là thành viên Hiệp hội Vườn thú và Thủy cung Đông Nam Á (SEAZA), xếp thứ 4 trong khu vực.

Qua kiểm tra 5 tháng đầu năm, lực lượng kiểm lâm phát hiện 14 cơ sở vi phạm (chiếm 34,1% số cơ sở), chủ yếu là nuôi không đúng mã số, chuồng trại không bảo đảm an toàn; xử phạt hành chính 1,26 tỷ đồng, tịch thu 73 cá thể.

Mục tiêu đến năm 2030, 100% cơ sở nuôi động vật hoang dã phục vụ tham quan được cấp mã số và ít nhất 10 cơ sở đạt tiêu chuẩn phúc lợi động vật quốc tế. Trong quý III/2024, Cục dự kiến thành lập 3 đoàn kiểm tra liên ngành tại 12 tỉnh.

Tin cùng chuyên mục:
- Hội nghị tổng kết Chỉ thị số 29/CT-TTg về quản lý động vật hoang dã
- Khai mạc Tuần lễ Rừng Việt Nam lần thứ 2

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3843.8689
"""

ASOF = per("tính đến hết tháng 5/2024", None, "2024-05-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
# revised: FIGURES.md gives a year-less phrase the year of the nearest earlier period ('Năm 2023', paragraph 2), not of published.
M5 = per("5 tháng đầu năm", "2023-01-01", "2023-05-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Q3 = per("Trong quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    fig("có 41 vườn thú", "41", 41, "count", "vườn thú, công viên safari và khu trưng bày động vật hoang dã",
        subject="vườn thú, công viên safari và khu trưng bày động vật hoang dã phục vụ tham quan", period=ASOF),
    fig("27/63 tỉnh", "27", 27, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố có vườn thú, công viên safari", period=ASOF),
    fig("khoảng 38.600 cá thể", "38.600", 38600, "count", "cá thể", approx="about",
        subject="cá thể các cơ sở đang nuôi", period=inh(ASOF)),
    fig("hơn 650 loài", "650", 650, "count", "loài", approx="over", subject="loài các cơ sở đang nuôi",
        period=inh(ASOF)),
    fig("riêng ba công viên", "ba", 3, "count", "công viên safari", subject="công viên safari lớn nhất",
        optional=True),
    fig("gần 45%", "45", 45, "percent", "%", approx="nearly",
        subject="tỷ trọng cá thể của ba công viên safari lớn nhất", period=inh(ASOF)),
    fig("khoảng 9,4 triệu", "9,4", 9.4e6, "count", "lượt khách", approx="about",
        change=chg("increase", 21, "%", "năm 2022"), subject="lượt khách các cơ sở đón", period=Y23),
    fig("trên 4.100 tỷ", "4.100", 4100e9, "money", "đồng", approx="over", status="estimate",
        subject="doanh thu", period=Y23),
    fig("có 6 vườn thú", "6", 6, "count", "vườn thú",
        subject="vườn thú là thành viên Hiệp hội Vườn thú và Thủy cung Đông Nam Á (SEAZA)"),
    fig("xếp thứ 4", "4", 4, "rank", "hạng", subject="số vườn thú là thành viên SEAZA trong khu vực"),
    fig("phát hiện 14 cơ sở", "14", 14, "count", "cơ sở", percent=34.1, subject="cơ sở vi phạm", period=M5),
    fig("chính 1,26 tỷ", "1,26", 1.26e9, "money", "đồng", subject="xử phạt hành chính", period=M5),
    fig("tịch thu 73 cá thể", "73", 73, "count", "cá thể", subject="cá thể bị tịch thu", period=M5),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở nuôi động vật hoang dã phục vụ tham quan được cấp mã số", period=T30),
    fig("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở đạt tiêu chuẩn phúc lợi động vật quốc tế", period=T30),
    fig("lập 3 đoàn", "3", 3, "count", "đoàn kiểm tra", status="forecast", subject="đoàn kiểm tra liên ngành",
        period=Q3),
    fig("tại 12 tỉnh", "12", 12, "count", "tỉnh", status="forecast",
        subject="tỉnh đoàn kiểm tra liên ngành đến", period=Q3),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, 'Thứ Năm, 20/06/2024 | 14:05 | Cục Lâm nghiệp và Kiểm lâm' (published), related links, address footer.",
    "National figures: location Việt Nam throughout; the provinces named in 'tại Kiên Giang, Bình Định và Khánh Hòa' do not make the 45% provincial.",
    "'tính đến hết tháng 5/2024' -> as-of 2024-05-31 (inherited by the next sentence). '5 tháng đầu năm' -> 2023: the spec's rule takes the nearest earlier period ('Năm 2023'),",
    "although a reader of a June 2024 article would read 2024 (revised: was 2024, from published).",
    "'riêng ba công viên safari lớn nhất' names the group whose share follows: optional. '27/63 tỉnh, thành phố' -> total 63.",
    "'(chiếm 34,1% số cơ sở)' is the share attribute of 14 cơ sở; no total (no part-of cue).",
    "'doanh thu ước trên 4.100 tỷ' -> estimate and over. 'Mục tiêu đến năm 2030' governs both 100% and 'ít nhất 10 cơ sở'.",
    "'xếp thứ 4 trong khu vực' is Việt Nam's rank among SEAZA members. 'Cục dự kiến' -> forecast for 3 đoàn and 12 tỉnh.",
    "Distractors: 20/06/2024 | 14:05, 'Chỉ thị số 29/CT-TTg', 'lần thứ 2', 'Số 2 Ngọc Hà', phone 024.3843.8689, 'năm 2022' baseline.",
]

if __name__ == "__main__":
    write("p1270-4", TEXT, NOTES, FIGS, published="2024-06-20", location="Việt Nam")
