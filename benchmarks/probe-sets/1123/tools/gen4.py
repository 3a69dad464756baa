"""p1123-4: ministry site (Bộ Y tế - Cục An toàn thực phẩm) - national inspections of bún, bánh phở, miến in 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỤC AN TOÀN THỰC PHẨM
Trang chủ > Tin tức > Thanh tra, kiểm tra

Năm 2023: Phát hiện 97 mẫu bún, bánh phở chứa hàn the, formol

Ngày đăng: 15/01/2024 | Lượt xem: 3.108

Theo báo cáo của Cục An toàn thực phẩm, năm 2023 các đoàn thanh tra, kiểm tra liên ngành tại 63/63 tỉnh, thành phố đã kiểm tra 18.426 cơ sở sản xuất, kinh doanh bún, bánh phở, miến và bánh cuốn, phát hiện 2.315 cơ sở vi phạm, chiếm 12,6%, giảm 1,8 điểm phần trăm so với năm 2022. Tổng số tiền phạt hơn 9,7 tỷ đồng; đình chỉ hoạt động 46 cơ sở.

Các đoàn đã lấy 5.240 mẫu bún, bánh phở để xét nghiệm nhanh, trong đó có 97 mẫu dương tính với hàn the hoặc formol (chiếm 1,85%). Các địa phương phát hiện nhiều mẫu không đạt là Hà Nội, TP Hồ Chí Minh và Thanh Hóa với lần lượt 14, 11 và 9 mẫu.

Cả nước hiện có khoảng 9.500 cơ sở sản xuất bún, bánh phở, miến, trong đó hơn 70% là hộ gia đình quy mô nhỏ, sản xuất thủ công; 312 làng nghề chế biến bún, bánh, miến đã được công nhận. Tại nhiều làng nghề, nước thải chưa qua xử lý chiếm tới 85% tổng lượng nước thải.

Năm 2024, Cục phấn đấu 100% tỉnh, thành phố tổ chức ít nhất hai đợt kiểm tra chuyên đề đối với bún, bánh phở; tỷ lệ mẫu vi phạm giảm xuống dưới 1,5%. Cơ sở sản xuất phải tuân thủ Thông tư số 24/2019/TT-BYT về phụ gia thực phẩm; người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 1900.1234.

CỤC AN TOÀN THỰC PHẨM - BỘ Y TẾ
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23H = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Phát hiện 97 mẫu", "97", 97, "count", "mẫu",
        subject="mẫu bún, bánh phở chứa hàn the, formol", period=Y23H),
    fig("tại 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố có đoàn thanh tra, kiểm tra liên ngành", period=Y23),
    fig("kiểm tra 18.426 cơ sở", "18.426", 18426, "count", "cơ sở",
        subject="cơ sở sản xuất, kinh doanh bún, bánh phở, miến và bánh cuốn được kiểm tra", period=Y23),
    fig("phát hiện 2.315 cơ sở", "2.315", 2315, "count", "cơ sở", percent=12.6,
        change=chg("decrease", 1.8, "điểm phần trăm", "năm 2022"),
        subject="cơ sở vi phạm", period=Y23),
    fig("hơn 9,7 tỷ", "9,7", 9.7e9, "money", "đồng", approx="over",
        subject="tổng số tiền phạt", period=inh(Y23)),
    fig("đình chỉ hoạt động 46 cơ sở", "46", 46, "count", "cơ sở",
        subject="cơ sở bị đình chỉ hoạt động", period=inh(Y23)),
    fig("lấy 5.240 mẫu", "5.240", 5240, "count", "mẫu",
        subject="mẫu bún, bánh phở lấy để xét nghiệm nhanh", period=inh(Y23)),
    fig("có 97 mẫu", "97", 97, "count", "mẫu", total=5240, percent=1.85,
        subject="mẫu dương tính với hàn the hoặc formol", period=inh(Y23)),
    fig("lần lượt 14", "14", 14, "count", "mẫu", location="Hà Nội",
        subject="mẫu không đạt", period=inh(Y23)),
    fig("14, 11 và", "11", 11, "count", "mẫu", location="TP Hồ Chí Minh",
        subject="mẫu không đạt", period=inh(Y23)),
    fig("và 9 mẫu", "9", 9, "count", "mẫu", location="Thanh Hóa",
        subject="mẫu không đạt", period=inh(Y23)),
    fig("khoảng 9.500 cơ sở", "9.500", 9500, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất bún, bánh phở, miến"),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over",
        subject="tỷ lệ hộ gia đình quy mô nhỏ, sản xuất thủ công trong cơ sở sản xuất bún, bánh phở, miến"),
    fig("; 312 làng nghề", "312", 312, "count", "làng nghề",
        subject="làng nghề chế biến bún, bánh, miến đã được công nhận"),
    fig("chiếm tới 85%", "85", 85, "percent", "%",
        subject="nước thải chưa qua xử lý tại nhiều làng nghề"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỉnh, thành phố tổ chức kiểm tra chuyên đề đối với bún, bánh phở", period=Y24),
    fig("ít nhất hai đợt", "hai", 2, "count", "đợt", approx="at_least", status="target",
        subject="đợt kiểm tra chuyên đề đối với bún, bánh phở", period=Y24),
    fig("dưới 1,5%", "1,5", 1.5, "percent", "%", approx="under", status="target",
        subject="tỷ lệ mẫu vi phạm", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Y tế, Cục An toàn thực phẩm): national inspections of bún, bánh phở, miến, 2023. 'Ngày đăng: 15/01/2024 | Lượt xem: 3.108'.",
    "Distractors: view counter, 'Thông tư số 24/2019/TT-BYT', hotline 1900.1234, address '138A Giảng Võ'.",
    "National figures: Việt Nam (default). List items (Hà Nội, TP Hồ Chí Minh, Thanh Hóa) take their province as location; no total.",
    "2.315 cơ sở: share 'chiếm 12,6%' and the change 'giảm 1,8 điểm phần trăm' attach to the count (cf. h09).",
    "'trong đó có 97 mẫu' part of 5.240. 'trong đó hơn 70% là hộ gia đình': a percent figure of its own.",
    "Paragraph 3 ('hiện') has no period. 'ít nhất hai đợt' is a number word.",
]

if __name__ == "__main__":
    write("p1123-4", TEXT, NOTES, FIGS, published="2024-01-15", location="Việt Nam")
