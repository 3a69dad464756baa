"""p654-4: Bộ NN&PTNT ministry site — xuất khẩu hoa, cây cảnh 9 tháng 2024, national area."""
from lib import emit, fig, per, inh, chg

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Trồng trọt

Xuất khẩu hoa, cây cảnh 9 tháng đạt 48,6 triệu USD, tăng 14,3%
Ngày đăng: 14/10/2024 | Lượt xem: 1.273

Theo Cục Trồng trọt, kim ngạch xuất khẩu hoa, cây cảnh 9 tháng năm 2024 ước đạt 48,6 triệu USD, tăng 14,3% so với cùng kỳ năm 2023. Riêng quý III/2024 đạt 17,2 triệu USD, tăng 9,8% so với quý II.

Nhật Bản tiếp tục là thị trường lớn nhất với 19,5 triệu USD, chiếm 40,1%; tiếp đến là Úc 6,8 triệu USD, Trung Quốc 5,9 triệu USD và Hà Lan 3,1 triệu USD. Lâm Đồng vẫn là địa phương xuất khẩu hoa lớn nhất, đóng góp khoảng 85% kim ngạch của cả nước, chủ yếu là hoa cúc, cẩm chướng, hồng môn và lan.

Tính đến hết tháng 9/2024, cả nước có khoảng 44.500 ha hoa, cây cảnh, trong đó Lâm Đồng 11.200 ha, Hà Nội 7.300 ha, Thành phố Hồ Chí Minh 2.100 ha. Hoa cúc chiếm tỷ trọng lớn nhất, khoảng 35% diện tích; hoa lan đạt 1.850 ha, tăng 6,2% so với năm 2023.

Năng suất hoa cắt cành bình quân 1,8-2 triệu cành/ha/năm; giá trị sản xuất tại các vùng hoa công nghệ cao đạt 1,5-2,2 tỷ đồng/ha/năm. Con số này gấp 8 đến 10 lần so với trồng lúa.

Theo Đề án phát triển ngành hoa, cây cảnh (Quyết định số 2157/QĐ-BNN-TT), cả nước phấn đấu đến năm 2030 đạt 50.000 ha hoa, cây cảnh, kim ngạch xuất khẩu đạt 200 triệu USD/năm. Cục Trồng trọt đề nghị các địa phương rà soát quy hoạch vùng hoa, cấp mã số vùng trồng phục vụ xuất khẩu trước Tết Nguyên đán Ất Tỵ 2025.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3733.5127
"""

N9 = per("9 tháng", "2024-01-01", "2024-09-30")
N9Y = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
SEP = per("Tính đến hết tháng 9/2024", end="2024-09-30")
T30 = per("đến năm 2030", end="2030-12-31")
EXP = "kim ngạch xuất khẩu hoa, cây cảnh"
FIGS = [
    fig("9 tháng đạt 48,6 triệu", "48,6", 48.6e6, "money", "USD", EXP, period=N9,
        change=chg("increase", 14.3)),
    fig("ước đạt 48,6 triệu", "48,6", 48.6e6, "money", "USD", EXP, period=N9Y, status="estimate",
        change=chg("increase", 14.3, baseline="cùng kỳ năm 2023")),
    fig("đạt 17,2 triệu", "17,2", 17.2e6, "money", "USD", EXP, period=Q3,
        change=chg("increase", 9.8, baseline="quý II")),
    fig("với 19,5 triệu", "19,5", 19.5e6, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh sang thị trường Nhật Bản",
        period=inh(N9Y), percent=40.1),
    fig("Úc 6,8 triệu", "6,8", 6.8e6, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh sang thị trường Úc", period=inh(N9Y)),
    fig("Trung Quốc 5,9 triệu", "5,9", 5.9e6, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh sang thị trường Trung Quốc",
        period=inh(N9Y)),
    fig("Hà Lan 3,1 triệu", "3,1", 3.1e6, "money", "USD", "kim ngạch xuất khẩu hoa, cây cảnh sang thị trường Hà Lan",
        period=inh(N9Y)),
    fig("khoảng 85%", "85", 85, "percent", "%", "tỷ trọng đóng góp kim ngạch xuất khẩu hoa của cả nước", approx="about",
        location="Lâm Đồng"),
    fig("khoảng 44.500 ha", "44.500", 44500, "measure", "ha", "diện tích hoa, cây cảnh", approx="about", period=SEP),
    fig("Lâm Đồng 11.200 ha", "11.200", 11200, "measure", "ha", "diện tích hoa, cây cảnh", total=44500, period=SEP,
        location="Lâm Đồng"),
    fig("Hà Nội 7.300 ha", "7.300", 7300, "measure", "ha", "diện tích hoa, cây cảnh", total=44500, period=SEP,
        location="Hà Nội"),
    fig("Minh 2.100 ha", "2.100", 2100, "measure", "ha", "diện tích hoa, cây cảnh", total=44500, period=SEP,
        location="Thành phố Hồ Chí Minh"),
    fig("khoảng 35% diện tích", "35", 35, "percent", "%", "tỷ trọng diện tích hoa cúc", approx="about"),
    fig("đạt 1.850 ha", "1.850", 1850, "measure", "ha", "diện tích hoa lan", change=chg("increase", 6.2, baseline="năm 2023")),
    fig("bình quân 1,8-2 triệu", "1,8", 1.8e6, "measure", "cành/ha/năm", "năng suất hoa cắt cành bình quân", value_max=2e6),
    fig("đạt 1,5-2,2 tỷ", "1,5", 1.5e9, "money", "đồng/ha/năm", "giá trị sản xuất tại các vùng hoa công nghệ cao",
        value_max=2.2e9),
    fig("gấp 8 đến 10 lần", "8", 8, "multiple", "lần", "giá trị sản xuất vùng hoa công nghệ cao so với trồng lúa",
        value_max=10),
    fig("đạt 50.000 ha", "50.000", 50000, "measure", "ha", "diện tích hoa, cây cảnh", period=T30, status="target"),
    fig("đạt 200 triệu", "200", 200e6, "money", "USD/năm", EXP, period=T30, status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site: xuất khẩu hoa, cây cảnh 9 tháng 2024 (48,6 triệu USD), quarter, markets, Lâm Đồng share, national area by province,",
    "yields and value per ha, 2030 targets. 'Ngày đăng: 14/10/2024 | Lượt xem: 1.273' — date + counter.",
    "Headline '9 tháng' has no year: it takes 2024 (published / lead). Foreign markets (Nhật Bản, Úc, …) are not places: location Việt Nam;",
    "the market names go into the subject. 'gấp 8 đến 10 lần' in its own sentence is a multiple (range). Rates keep their denominators in the unit.",
    "Not figures: 'Quyết định số 2157/QĐ-BNN-TT', 'quý II' (baseline), 'Tết Nguyên đán Ất Tỵ 2025', 'Số 2 Ngọc Hà', phone 024.3733.5127.",
]

if __name__ == "__main__":
    emit("p654-4", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Việt Nam")
