"""p594-5: Party newspaper (Báo Nghệ An) — five years of the provincial startup scheme, byline and date at the end."""
from lib import fig, per, inh, year, chg, emit

TEXT = """BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Kinh tế › Doanh nghiệp

Tiếp sức cho khởi nghiệp đổi mới sáng tạo

Sau 5 năm thực hiện Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo, Nghệ An đã hình thành mạng lưới gần 80 tổ chức hỗ trợ khởi nghiệp, trong đó có 3 cơ sở ươm tạo đặt tại các trường đại học.

Giai đoạn 2019-2023, tỉnh đã hỗ trợ 112 dự án khởi nghiệp với tổng kinh phí 18,6 tỷ đồng; ngân sách nhà nước chiếm 42%, phần còn lại là vốn đối ứng của doanh nghiệp. Số doanh nghiệp khởi nghiệp sáng tạo tăng từ 35 doanh nghiệp năm 2019 lên 96 doanh nghiệp năm 2023. Nhiều doanh nghiệp có doanh thu tăng từ 30 đến 40%/năm, tạo việc làm cho trên 1.500 lao động.

Quỹ Phát triển khoa học và công nghệ tỉnh đã tài trợ, cho vay ưu đãi 27 dự án với tổng số tiền gần 45 tỷ đồng, lãi suất cho vay chỉ 3,6%/năm. Anh Nguyễn Văn Hải, Giám đốc Công ty CP Nông sản sạch 68 (huyện Nghĩa Đàn), cho biết nhờ khoản vay 2 tỷ đồng từ Quỹ, doanh nghiệp đã đầu tư dây chuyền chế biến chanh leo, nâng công suất lên 15 tấn/ngày.

Sản phẩm của một dự án khởi nghiệp trưng bày tại Trung tâm Ươm tạo, số 75 Nguyễn Thị Minh Khai, TP Vinh. Ảnh: T.H

Theo Sở Khoa học và Công nghệ, năm 2024 tỉnh dự kiến bố trí 6 tỷ đồng cho các hoạt động khởi nghiệp. Phấn đấu đến năm 2025, toàn tỉnh có ít nhất 150 dự án khởi nghiệp được hỗ trợ, 10 doanh nghiệp gọi vốn thành công từ các nhà đầu tư với tổng giá trị trên 100 tỷ đồng.

Thanh Hương
18/03/2024
"""

G = per("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần 80 tổ chức", "80", 80, "count", "tổ chức", "tổ chức hỗ trợ khởi nghiệp", approx="nearly"),
    fig("có 3 cơ sở ươm tạo", "3", 3, "count", "cơ sở ươm tạo", "cơ sở ươm tạo đặt tại các trường đại học",
        total=80),
    fig("hỗ trợ 112 dự án", "112", 112, "count", "dự án", "dự án khởi nghiệp được hỗ trợ", G),
    fig("kinh phí 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "tổng kinh phí hỗ trợ dự án khởi nghiệp", G),
    fig("chiếm 42%", "42", 42, "percent", "%", "ngân sách nhà nước trong tổng kinh phí hỗ trợ", G),
    fig("từ 35 doanh nghiệp", "35", 35, "count", "doanh nghiệp", "doanh nghiệp khởi nghiệp sáng tạo", year(2019)),
    fig("lên 96 doanh nghiệp", "96", 96, "count", "doanh nghiệp", "doanh nghiệp khởi nghiệp sáng tạo", year(2023)),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", "doanh thu của nhiều doanh nghiệp tăng mỗi năm", value_max=40),
    fig("trên 1.500 lao động", "1.500", 1500, "count", "lao động", "lao động có việc làm từ doanh nghiệp khởi nghiệp",
        approx="over"),
    fig("ưu đãi 27 dự án", "27", 27, "count", "dự án",
        "dự án được Quỹ Phát triển khoa học và công nghệ tỉnh tài trợ, cho vay ưu đãi"),
    fig("gần 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng số tiền Quỹ tài trợ, cho vay ưu đãi", approx="nearly"),
    fig("chỉ 3,6%/năm", "3,6", 3.6, "percent", "%", "lãi suất cho vay của Quỹ"),
    fig("khoản vay 2 tỷ đồng", "2", 2e9, "money", "đồng", "khoản vay từ Quỹ của Công ty CP Nông sản sạch 68",
        location="Nghĩa Đàn"),
    fig("lên 15 tấn/ngày", "15", 15, "measure", "tấn/ngày", "công suất dây chuyền chế biến chanh leo",
        location="Nghĩa Đàn"),
    fig("bố trí 6 tỷ đồng", "6", 6e9, "money", "đồng", "kinh phí bố trí cho các hoạt động khởi nghiệp",
        year(2024), status="forecast"),
    fig("ít nhất 150 dự án", "150", 150, "count", "dự án", "dự án khởi nghiệp được hỗ trợ", T25,
        approx="at_least", status="target"),
    fig(", 10 doanh nghiệp", "10", 10, "count", "doanh nghiệp", "doanh nghiệp gọi vốn thành công từ các nhà đầu tư",
        T25, status="target"),
    fig("trên 100 tỷ đồng", "100", 100e9, "money", "đồng", "tổng giá trị vốn gọi được từ các nhà đầu tư", T25,
        approx="over", status="target"),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper): five years of the provincial startup scheme; byline and bare date 18/03/2024 at the end.",
    "Not figures: 'Sau 5 năm' (duration locating the facts), 'Công ty CP Nông sản sạch 68', 'số 75 Nguyễn Thị Minh Khai', 'Ảnh: T.H', 2019-2023.",
    "'gần 80 tổ chức …, trong đó có 3 cơ sở ươm tạo' → total 80. 'ngân sách nhà nước chiếm 42%' is a percent figure of its own",
    "(the share of the state budget in the 18,6 tỷ, not a share that the 18,6 tỷ represents).",
    "'tăng từ 35 doanh nghiệp năm 2019 lên 96 doanh nghiệp năm 2023' : two counts with their own years, no change stated.",
    "'tăng từ 30 đến 40%/năm' is a growth-rate range (percent, no change); '3,6%/năm' interest rate is a percent figure.",
    "The company's loan and capacity describe huyện Nghĩa Đàn (named in the bracket). Targets: 'Phấn đấu đến năm 2025' governs",
    "150, 10 and 'trên 100 tỷ'; 'dự kiến bố trí 6 tỷ' is a forecast.",
]

if __name__ == "__main__":
    emit("p594-5", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Nghệ An")
