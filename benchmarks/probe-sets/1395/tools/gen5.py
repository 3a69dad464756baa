"""p1395-5: provincial newspaper (Báo Đồng Nai): market-surveillance checks on labels before Tết."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐỒNG NAI
Kinh tế > Thị trường

Siết chặt kiểm tra nhãn hàng hóa dịp Tết
Thứ Ba, 16/01/2024 - 10:25

Hơn một tháng qua, lực lượng quản lý thị trường đã xử lý gần 200 vụ vi phạm, phần lớn là hàng hóa không nhãn mác, không có nhãn phụ tiếng Việt.

(ĐN) - Từ đầu tháng 12/2023 đến nay, Cục Quản lý thị trường tỉnh Đồng Nai đã kiểm tra 246 vụ, phát hiện, xử lý 198 vụ vi phạm, giảm 14% so với cùng kỳ năm trước; trong đó có 87 vụ vi phạm về nhãn hàng hóa, chiếm 43,9%. Tổng số tiền xử phạt hơn 1,36 tỷ đồng; trị giá hàng hóa tịch thu ước khoảng 520 triệu đồng.

Các vi phạm chủ yếu là kinh doanh hàng hóa không có nhãn phụ tiếng Việt, nhãn không ghi hạn sử dụng, sử dụng mã vạch không đúng với mã đã đăng ký. Lực lượng chức năng đã tạm giữ 3.850 sản phẩm bánh kẹo, đồ chơi trẻ em, mỹ phẩm các loại và khoảng 1,2 tấn mứt, hạt dưa không rõ nguồn gốc.

Ông Lê Văn Tuấn, Đội trưởng Đội Quản lý thị trường số 5 cho biết: "Riêng tại TP Biên Hòa, đội đã kiểm tra 38 cơ sở, xử lý 21 cơ sở vi phạm với số tiền 146 triệu đồng. Cơ sở kinh doanh Thanh Thảo trên đường 30 Tháng 4 (phường Thanh Bình) bày bán hơn 600 hộp bánh nhập khẩu in mã vạch 893 nhưng không có nhãn phụ".

Từ nay đến sau Tết Nguyên đán Giáp Thìn, Cục dự kiến duy trì 11 đội quản lý thị trường trực 24/7, tập trung kiểm tra các chợ đầu mối, siêu thị và khoảng 40-50 điểm kinh doanh hàng Tết lớn tại Biên Hòa, Long Khánh, Trảng Bom.

Người tiêu dùng phát hiện hàng hóa không nhãn mác có thể phản ánh qua đường dây nóng 0251.3822.660.

HOÀNG LỘC

Tags: nhãn hàng hóa, quản lý thị trường, Tết Giáp Thìn 2024
"""

SINCE = per("Từ đầu tháng 12/2023 đến nay", "2023-12-01", "2024-01-16")
BH = "Biên Hòa"

FIGS = [
    fig("gần 200 vụ", "200", 200, "count", "vụ", approx="nearly",
        subject="vụ vi phạm lực lượng quản lý thị trường xử lý"),
    fig("kiểm tra 246 vụ", "246", 246, "count", "vụ", subject="vụ kiểm tra", period=SINCE),
    fig("xử lý 198 vụ", "198", 198, "count", "vụ", change=chg("decrease", 14, "%", "cùng kỳ năm trước"),
        subject="vụ vi phạm phát hiện, xử lý", period=SINCE),
    fig("có 87 vụ", "87", 87, "count", "vụ", total=198, percent=43.9,
        subject="vụ vi phạm về nhãn hàng hóa", period=SINCE),
    fig("hơn 1,36 tỷ", "1,36", 1.36e9, "money", "đồng", approx="over",
        subject="tổng số tiền xử phạt", period=inh(SINCE)),
    fig("khoảng 520 triệu", "520", 520e6, "money", "đồng", approx="about", status="estimate",
        subject="trị giá hàng hóa tịch thu", period=inh(SINCE)),
    fig("giữ 3.850 sản phẩm", "3.850", 3850, "count", "sản phẩm",
        subject="sản phẩm bánh kẹo, đồ chơi trẻ em, mỹ phẩm tạm giữ", period=inh(SINCE)),
    fig("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn", approx="about",
        subject="mứt, hạt dưa không rõ nguồn gốc tạm giữ", period=inh(SINCE)),
    fig("kiểm tra 38 cơ sở", "38", 38, "count", "cơ sở", location=BH,
        subject="cơ sở đội kiểm tra"),
    fig("xử lý 21 cơ sở", "21", 21, "count", "cơ sở", location=BH,
        subject="cơ sở vi phạm đội xử lý"),
    fig("tiền 146 triệu", "146", 146e6, "money", "đồng", location=BH,
        subject="số tiền xử phạt"),
    fig("hơn 600 hộp", "600", 600, "count", "hộp", approx="over", location=BH,
        subject="hộp bánh nhập khẩu không có nhãn phụ bày bán"),
    fig("duy trì 11 đội", "11", 11, "count", "đội", status="forecast",
        subject="đội quản lý thị trường trực"),
    fig("khoảng 40-50 điểm", "40", 40, "count", "điểm", value_max=50, approx="about", status="forecast",
        subject="điểm kinh doanh hàng Tết lớn được kiểm tra"),
]

NOTES = [
    "Provincial newspaper (Báo Đồng Nai): section breadcrumb, 'Thứ Ba, 16/01/2024 - 10:25', sapo, tag '(ĐN) -', quote, byline, tags.",
    "Distractors: 'Hơn một tháng qua' (a duration that locates the sapo figure in time), 'Đội Quản lý thị trường số 5', 'đường 30 Tháng 4',",
    "'mã vạch 893', 'trực 24/7', hotline 0251.3822.660, 'Tết Giáp Thìn 2024' in tags, 10:25.",
    "Sapo 'gần 200 vụ' is a figure of its own; 'Hơn một tháng qua' cannot be dated exactly: no period in the gold.",
    "'Từ đầu tháng 12/2023 đến nay' -> 2023-12-01 .. dateline 2024-01-16. 'giảm 14% so với cùng kỳ năm trước' -> change of 198.",
    "'; trong đó có 87 vụ ..., chiếm 43,9%' -> total 198, percent 43.9 (87/198 = 43,9%).",
    "'ước khoảng 520 triệu' -> estimate + about. Next paragraph figures inherit the period (not scored).",
    "The team leader's quote 'Riêng tại TP Biên Hòa' -> location Biên Hòa for its four figures; '21 cơ sở vi phạm' after '38 cơ sở' has no cue: no total.",
    "'Cục dự kiến duy trì 11 đội ... khoảng 40-50 điểm' -> forecast; a list of three places -> province.",
]

if __name__ == "__main__":
    write("p1395-5", TEXT, NOTES, FIGS, published="2024-01-16", location="Đồng Nai")
