from lib import F, P, CH, build

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH SÓC TRĂNG
Trang chủ › Tin tức - Sự kiện › Bảo trợ xã hội

Kết quả chăm lo Tết Nguyên đán Giáp Thìn năm 2024

Ngày đăng: 20/02/2024 | Lượt xem: 1.057

Thực hiện Chỉ thị số 26/CT-TTg của Thủ tướng Chính phủ, tính đến ngày 15/02/2024, toàn tỉnh đã chăm lo Tết cho 186.540 lượt đối tượng với tổng kinh phí 121,75 tỷ đồng (tiền mặt và hiện vật), tăng 7,2% so với Tết Quý Mão năm 2023.

Cụ thể: quà của Chủ tịch nước tặng 24.816 người có công, mỗi suất 300.000 đồng, tổng số tiền 7,44 tỷ đồng; quà của tỉnh tặng 31.250 gia đình chính sách, hộ nghèo với kinh phí 15,63 tỷ đồng; các cơ quan, doanh nghiệp, nhà hảo tâm hỗ trợ 98,68 tỷ đồng.

Riêng Hội Chữ thập đỏ tỉnh trao 9.860 suất quà, trị giá 4,93 tỷ đồng, chiếm 4% tổng kinh phí chăm lo Tết. Các địa phương có kinh phí chăm lo lớn là thành phố Sóc Trăng 18,2 tỷ đồng, thị xã Vĩnh Châu 16,9 tỷ đồng, huyện Trần Đề 14,35 tỷ đồng.

100% hộ nghèo, hộ cận nghèo và đối tượng bảo trợ xã hội đều được thăm hỏi, tặng quà; không để hộ nào thiếu đói trong dịp Tết.

Ngoài ra, Sở đã tham mưu UBND tỉnh đề nghị Trung ương hỗ trợ 412,5 tấn gạo cứu đói giáp hạt năm 2024 cho 8.250 hộ với 27.500 nhân khẩu, mỗi nhân khẩu 15 kg; dự kiến cấp phát xong trước ngày 31/3/2024.

Mọi phản ánh về việc thực hiện chính sách xin liên hệ đường dây nóng của Sở: 0299.3822.076 hoặc gửi thư về số 98 Nguyễn Văn Linh, Phường 2, thành phố Sóc Trăng.

Phòng Bảo trợ xã hội
"""

AS = P("tính đến ngày 15/02/2024", None, "2024-02-15")
ASi = P("tính đến ngày 15/02/2024", None, "2024-02-15", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "kinh phí chăm lo Tết"

FIGS = [
    F("cho 186.540 lượt", "186.540", 186540, "count", "lượt đối tượng", "lượt đối tượng được chăm lo Tết", period=AS),
    F("kinh phí 121,75 tỷ", "121,75", 121.75e9, "money", "đồng", "tổng kinh phí chăm lo Tết",
      change=CH("increase", 7.2, "%", "Tết Quý Mão năm 2023"), period=AS),
    F("tặng 24.816 người", "24.816", 24816, "count", "người có công", "người có công được tặng quà của Chủ tịch nước",
      total=186540, period=ASi),
    F("mỗi suất 300.000 đồng", "300.000", 300000, "money", "đồng", "trị giá mỗi suất quà của Chủ tịch nước", period=ASi),
    F("tiền 7,44 tỷ", "7,44", 7.44e9, "money", "đồng", "tổng số tiền quà của Chủ tịch nước", total=121.75e9, period=ASi),
    F("tặng 31.250 gia đình", "31.250", 31250, "count", "gia đình chính sách, hộ nghèo", "gia đình chính sách, hộ nghèo được tặng quà của tỉnh",
      total=186540, period=ASi),
    F("kinh phí 15,63 tỷ", "15,63", 15.63e9, "money", "đồng", "kinh phí quà của tỉnh", total=121.75e9, period=ASi),
    F("hỗ trợ 98,68 tỷ", "98,68", 98.68e9, "money", "đồng", "kinh phí cơ quan, doanh nghiệp, nhà hảo tâm hỗ trợ",
      total=121.75e9, period=ASi),
    F("trao 9.860 suất", "9.860", 9860, "count", "suất quà", "suất quà Hội Chữ thập đỏ tỉnh trao", period=ASi),
    F("trị giá 4,93 tỷ", "4,93", 4.93e9, "money", "đồng", "trị giá quà Hội Chữ thập đỏ tỉnh", percent=4, period=ASi),
    F("Sóc Trăng 18,2 tỷ", "18,2", 18.2e9, "money", "đồng", SUBJ, location="Sóc Trăng", period=ASi),
    F("Vĩnh Châu 16,9 tỷ", "16,9", 16.9e9, "money", "đồng", SUBJ, location="Vĩnh Châu", period=ASi),
    F("Trần Đề 14,35 tỷ", "14,35", 14.35e9, "money", "đồng", SUBJ, location="Trần Đề", period=ASi),
    F("100% hộ nghèo", "100", 100, "percent", "%", "hộ nghèo, hộ cận nghèo và đối tượng bảo trợ xã hội được thăm hỏi, tặng quà",
      period=ASi),
    F("hỗ trợ 412,5 tấn", "412,5", 412.5, "measure", "tấn", "gạo cứu đói giáp hạt đề nghị Trung ương hỗ trợ", period=Y24),
    F("cho 8.250 hộ", "8.250", 8250, "count", "hộ", "hộ được hỗ trợ gạo cứu đói giáp hạt", period=Y24),
    F("với 27.500 nhân khẩu", "27.500", 27500, "count", "nhân khẩu", "nhân khẩu được hỗ trợ gạo cứu đói giáp hạt", period=Y24),
    F("mỗi nhân khẩu 15 kg", "15", 15, "measure", "kg", "gạo hỗ trợ mỗi nhân khẩu", period=Y24),
]

COMMENTS = [
    "Sở LĐ-TB&XH tỉnh Sóc Trăng (department site): kết quả chăm lo Tết Giáp Thìn 2024. 'Ngày đăng: 20/02/2024 | Lượt xem: 1.057' (view counter is furniture).",
    "'tính đến ngày 15/02/2024' as-of period, inherited by the following paragraphs. 'Cụ thể:' parts after the wholes: money parts (7,44 + 15,63 + 98,68 = 121,75 tỷ) get total 121,75 tỷ,",
    "the two beneficiary counts get total 186.540 lượt đối tượng; the per-gift value 300.000 đồng gets none.",
    "'chiếm 4% tổng kinh phí' is the share of 4,93 tỷ (no total: 'chiếm … tổng' states a share, not a part-of cue with a number).",
    "District list → locations (thành phố Sóc Trăng shares the province name). The rice request names 'năm 2024' in its sentence; 'mỗi nhân khẩu 15 kg' is a measure.",
    "Distractors: 'Chỉ thị số 26/CT-TTg', 'trước ngày 31/3/2024', hotline 0299.3822.076, 'số 98 Nguyễn Văn Linh, Phường 2', 'Tết Quý Mão năm 2023' (baseline).",
]

build("p299-7", TEXT, COMMENTS, FIGS, published="2024-02-20", location="Sóc Trăng")
