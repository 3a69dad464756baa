"""p1139-4: ministry site (Bộ KH&ĐT, Cục Quản lý đăng ký kinh doanh), national 2023 conversions."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ KẾ HOẠCH VÀ ĐẦU TƯ
Cổng thông tin quốc gia về đăng ký doanh nghiệp
Trang chủ > Tin tức > Hoạt động của Cục

Năm 2023: hơn 3.100 hộ kinh doanh chuyển đổi lên doanh nghiệp

Ngày đăng: 08/03/2024 | Lượt xem: 1.318

Theo Cục Quản lý đăng ký kinh doanh, cả nước hiện có khoảng 5,2 triệu hộ kinh doanh, sử dụng gần 8,7 triệu lao động. Năm 2023, chỉ có 3.105 hộ kinh doanh chuyển đổi lên doanh nghiệp, giảm 4,8% so với năm 2022, chiếm chưa đến 0,1% tổng số hộ. Tổng vốn đăng ký của các doanh nghiệp này đạt 12.460 tỷ đồng, bình quân khoảng 4 tỷ đồng/doanh nghiệp.

Các địa phương có số hộ chuyển đổi nhiều nhất là TP Hồ Chí Minh (512 hộ), Hà Nội (436 hộ), Bình Dương (198 hộ) và Đồng Nai (164 hộ). Ngược lại, có 12 tỉnh, thành phố ghi nhận dưới 10 hộ chuyển đổi trong cả năm.

Khảo sát của Cục tại 10 tỉnh, thành phố với 1.200 hộ kinh doanh cho thấy khoảng 65% hộ chưa muốn chuyển đổi do lo ngại chi phí kế toán, thuế và thủ tục; chi phí tuân thủ khi lên doanh nghiệp được ước tính cao gấp 2-3 lần so với khi là hộ kinh doanh.

Theo Luật Hỗ trợ doanh nghiệp nhỏ và vừa và Nghị định số 80/2021/NĐ-CP, doanh nghiệp chuyển đổi từ hộ kinh doanh được miễn lệ phí môn bài trong 3 năm, được tư vấn miễn phí về thủ tục hành chính thuế và chế độ kế toán. Mục tiêu đến năm 2025, cả nước có 1,5 triệu doanh nghiệp hoạt động, trong đó một phần quan trọng đến từ khu vực hộ kinh doanh; đến năm 2030 đạt ít nhất 2 triệu doanh nghiệp.

Cục Quản lý đăng ký kinh doanh
Địa chỉ: 6B Hoàng Diệu, Ba Đình, Hà Nội | Điện thoại: 024.3845.5298
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YEAR = per("cả năm", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
CONV = "hộ kinh doanh chuyển đổi lên doanh nghiệp"

FIGS = [
    fig("hơn 3.100 hộ", "3.100", 3100, "count", "hộ kinh doanh", CONV, Y23, approx="over"),
    fig("khoảng 5,2 triệu", "5,2", 5.2e6, "count", "hộ kinh doanh", "hộ kinh doanh", approx="about"),
    fig("gần 8,7 triệu", "8,7", 8.7e6, "count", "lao động", "lao động trong hộ kinh doanh", approx="nearly"),
    fig("có 3.105 hộ", "3.105", 3105, "count", "hộ kinh doanh", CONV, Y23,
        change=chg("decrease", 4.8, "%", "năm 2022"), percent=0.1),
    fig("đạt 12.460 tỷ", "12.460", 12460e9, "money", "đồng", "tổng vốn đăng ký của doanh nghiệp chuyển đổi từ hộ kinh doanh",
        inh(Y23)),
    fig("khoảng 4 tỷ", "4", 4e9, "money", "đồng/doanh nghiệp", "vốn đăng ký bình quân", inh(Y23), approx="about"),
    fig("(512 hộ)", "512", 512, "count", "hộ", "hộ chuyển đổi", inh(Y23), location="Hồ Chí Minh"),
    fig("(436 hộ)", "436", 436, "count", "hộ", "hộ chuyển đổi", inh(Y23), location="Hà Nội"),
    fig("(198 hộ)", "198", 198, "count", "hộ", "hộ chuyển đổi", inh(Y23), location="Bình Dương"),
    fig("(164 hộ)", "164", 164, "count", "hộ", "hộ chuyển đổi", inh(Y23), location="Đồng Nai"),
    fig("có 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố ghi nhận dưới 10 hộ chuyển đổi", YEAR),
    fig("dưới 10 hộ", "10", 10, "count", "hộ", "hộ chuyển đổi", approx="under", optional=True),
    fig("tại 10 tỉnh", "10", 10, "count", "tỉnh, thành phố", "tỉnh, thành phố được khảo sát"),
    fig("1.200 hộ", "1.200", 1200, "count", "hộ kinh doanh", "hộ kinh doanh được khảo sát"),
    fig("khoảng 65%", "65", 65, "percent", "%", "hộ chưa muốn chuyển đổi", approx="about"),
    fig("gấp 2-3 lần", "2", 2, "multiple", "lần", "chi phí tuân thủ khi lên doanh nghiệp so với khi là hộ kinh doanh",
        value_max=3, status="estimate"),
    fig("trong 3 năm", "3", 3, "measure", "năm", "thời gian miễn lệ phí môn bài", optional=True),
    fig("có 1,5 triệu", "1,5", 1.5e6, "count", "doanh nghiệp", "doanh nghiệp hoạt động", T25, status="target"),
    fig("ít nhất 2 triệu", "2", 2e6, "count", "doanh nghiệp", "doanh nghiệp", T30, approx="at_least", status="target"),
]

NOTES = [
    "Ministry site (Bộ KH&ĐT, Cổng thông tin quốc gia về đăng ký doanh nghiệp): 'Ngày đăng: 08/03/2024 | Lượt xem: 1.318', address footer.",
    "National article: default location Việt Nam; the four provinces in the ranking list are the locations of their items ('TP Hồ Chí Minh').",
    "'chiếm chưa đến 0,1% tổng số hộ' is the share of 3.105 (percent attribute; its 'chưa đến' qualifies the share, not the count).",
    "'giảm 4,8% so với năm 2022' is the change of 3.105. 'Các địa phương ... nhiều nhất là ...' items: period inherited from 'Năm 2023'.",
    "'trong cả năm' = 2023 (year of the nearest earlier period). 'dưới 10 hộ' defines the group of provinces: optional.",
    "'cao gấp 2-3 lần so với ...' stands alone as the claim: multiple, range 2-3; 'được ước tính' → estimate.",
    "'miễn lệ phí môn bài trong 3 năm' is the length of a legal exemption: optional. 'Mục tiêu đến năm 2025' and the clause after ';' 'đến năm 2030 đạt ít nhất' → target.",
    "Distractors: 'Nghị định số 80/2021/NĐ-CP', 'một phần quan trọng' (number word, not a figure), '6B Hoàng Diệu', phone 024.3845.5298, 'Lượt xem: 1.318'.",
    "Survey figures (10 tỉnh, 1.200 hộ, 65%) have no stated period: none.",
]

if __name__ == "__main__":
    write("p1139-4", TEXT, NOTES, FIGS, published="2024-03-08", location="Việt Nam")
