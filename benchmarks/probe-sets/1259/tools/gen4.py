"""p1259-4: ministry site (Bộ NN&PTNT, Cục Kiểm lâm): national satellite forest-loss alerts 2024; list of provinces."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp

Hơn 18.400 điểm cảnh báo mất rừng được phát hiện qua ảnh vệ tinh năm 2024

10/01/2025 | 09:30 | Cục Kiểm lâm

Năm 2024, hệ thống theo dõi, cảnh báo sớm mất rừng của Cục Kiểm lâm đã phát hiện 18.426 điểm biến động với tổng diện tích 21.350 ha, tăng 6,5% về diện tích so với năm 2023. Trong đó, 14.730 điểm đã được lực lượng kiểm lâm địa bàn xác minh, chiếm 79,9%.

Tính đến ngày 31/12/2024, tổng diện tích rừng cả nước là 14.874.260 ha, trong đó rừng tự nhiên hơn 10,1 triệu ha; tỷ lệ che phủ rừng đạt 42,03%. Cả năm xảy ra 1.980 vụ vi phạm pháp luật về lâm nghiệp, giảm 12,4% so với năm 2023; diện tích rừng bị thiệt hại 812 ha, giảm 17%. Thu tiền dịch vụ môi trường rừng năm 2024 ước đạt 3.850 tỷ đồng.

Theo dữ liệu ảnh vệ tinh năm 2024, 5 địa phương có diện tích nghi mất rừng lớn nhất là Gia Lai (1.136 ha), Đắk Lắk (874 ha), Kon Tum (652 ha), Lâm Đồng (517 ha) và Nghệ An (488 ha).

Hiện hệ thống đã được 63/63 tỉnh, thành phố khai thác, với hơn 9 nghìn tài khoản của kiểm lâm địa bàn và chủ rừng. Ứng dụng Forest Alert 2.0 trên điện thoại giúp kiểm lâm dẫn đường tới từng điểm cảnh báo.

Theo Chiến lược phát triển lâm nghiệp Việt Nam giai đoạn 2021-2030 (Quyết định số 523/QĐ-TTg), tỷ lệ che phủ rừng toàn quốc ổn định ở mức 42-43%. Đến năm 2030, Cục phấn đấu 100% diện tích rừng được giám sát bằng ảnh vệ tinh, thời gian từ khi có ảnh đến khi gửi cảnh báo không quá 5 ngày.

Cổng Thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

Y24H = per("năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Tính đến ngày 31/12/2024", None, "2024-12-31")
YEAR = per("Cả năm", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
STRAT = per("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")
TO30 = per("Đến năm 2030", None, "2030-12-31")
SUBJ_LIST = "diện tích nghi mất rừng"

FIGS = [
    fig("Hơn 18.400 điểm", "18.400", 18400, "count", "điểm", approx="over",
        subject="điểm cảnh báo mất rừng được phát hiện qua ảnh vệ tinh", period=Y24H),
    fig("hiện 18.426 điểm", "18.426", 18426, "count", "điểm",
        subject="điểm biến động hệ thống cảnh báo sớm mất rừng phát hiện", period=Y24),
    fig("tích 21.350 ha", "21.350", 21350, "measure", "ha", change=chg("increase", 6.5, "%", "năm 2023"),
        subject="tổng diện tích điểm biến động", period=Y24),
    fig("14.730 điểm", "14.730", 14730, "count", "điểm", total=18426, percent=79.9,
        subject="điểm được lực lượng kiểm lâm địa bàn xác minh", period=inh(Y24)),
    fig("là 14.874.260 ha", "14.874.260", 14874260, "measure", "ha", subject="tổng diện tích rừng cả nước",
        period=ASOF),
    fig("hơn 10,1 triệu", "10,1", 10.1e6, "measure", "ha", approx="over", total=14874260,
        subject="diện tích rừng tự nhiên", period=ASOF),
    fig("đạt 42,03%", "42,03", 42.03, "percent", "%", subject="tỷ lệ che phủ rừng", period=ASOF),
    fig("ra 1.980 vụ", "1.980", 1980, "count", "vụ", change=chg("decrease", 12.4, "%", "năm 2023"),
        subject="vụ vi phạm pháp luật về lâm nghiệp", period=YEAR),
    fig("hại 812 ha", "812", 812, "measure", "ha", change=chg("decrease", 17, "%"),
        subject="diện tích rừng bị thiệt hại", period=YEAR),
    fig("ước đạt 3.850 tỷ", "3.850", 3850e9, "money", "đồng", status="estimate",
        subject="thu tiền dịch vụ môi trường rừng", period=Y24b),
    fig("năm 2024, 5 địa phương", "5", 5, "count", "địa phương",
        subject="địa phương có diện tích nghi mất rừng lớn nhất", period=Y24b, optional=True),
    fig("(1.136 ha)", "1.136", 1136, "measure", "ha", subject=SUBJ_LIST, period=Y24b, location="Gia Lai"),
    fig("(874 ha)", "874", 874, "measure", "ha", subject=SUBJ_LIST, period=Y24b, location="Đắk Lắk"),
    fig("(652 ha)", "652", 652, "measure", "ha", subject=SUBJ_LIST, period=Y24b, location="Kon Tum"),
    fig("(517 ha)", "517", 517, "measure", "ha", subject=SUBJ_LIST, period=Y24b, location="Lâm Đồng"),
    fig("(488 ha)", "488", 488, "measure", "ha", subject=SUBJ_LIST, period=Y24b, location="Nghệ An"),
    fig("được 63/63", "63", 63, "count", "tỉnh, thành phố", total=63, subject="tỉnh, thành phố khai thác hệ thống"),
    fig("hơn 9 nghìn", "9", 9000, "count", "tài khoản", approx="over",
        subject="tài khoản của kiểm lâm địa bàn và chủ rừng"),
    fig("mức 42-43%", "42", 42, "percent", "%", value_max=43, status="target",
        subject="tỷ lệ che phủ rừng toàn quốc", period=STRAT),
    fig("100% diện tích", "100", 100, "percent", "%", status="target",
        subject="diện tích rừng được giám sát bằng ảnh vệ tinh", period=TO30),
    fig("quá 5 ngày", "5", 5, "measure", "ngày", approx="at_most", status="target",
        subject="thời gian từ khi có ảnh đến khi gửi cảnh báo", period=TO30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '10/01/2025 | 09:30 | Cục Kiểm lâm', footer address. National figures: location Việt Nam.",
    "Distractors: 09:30, 'Forest Alert 2.0', 'giai đoạn 2021-2030', Quyết định số 523/QĐ-TTg, 'Số 2 Ngọc Hà'.",
    "'tăng 6,5% về diện tích' is the change of 21.350 ha. 'Trong đó, 14.730 điểm ..., chiếm 79,9%' after a sentence break: total 18.426, percent 79,9.",
    "'rừng tự nhiên hơn 10,1 triệu ha' after 'trong đó': part of 14.874.260 ha. 'Cả năm' takes 2024 from 'ngày 31/12/2024' before it.",
    "'diện tích ... 812 ha, giảm 17%': change without a baseline. 'Thu tiền ... ước đạt' → estimate.",
    "Top-5 list: '5 địa phương' is a label of the list (optional, as '05 địa phương' in the shared gold); items take the province as location.",
    "'giai đoạn 2021-2030' of the strategy gives the period of the 42-43% target; 'Đến năm 2030 ... phấn đấu' → target, start null.",
]

if __name__ == "__main__":
    write("p1259-4", TEXT, NOTES, FIGS, published="2025-01-10", location="Việt Nam")
