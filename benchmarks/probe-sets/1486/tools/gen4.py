"""p1486-4: ministry site (Bộ Công Thương): national washing-machine market 6 months 2024, energy labels."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Sử dụng năng lượng tiết kiệm và hiệu quả

Máy giặt dán nhãn năng lượng 5 sao chiếm gần 60% thị phần

22/08/2024 | 09:30 | Vụ Tiết kiệm năng lượng và Phát triển bền vững

Theo số liệu tổng hợp của Bộ Công Thương, 6 tháng đầu năm 2024, cả nước tiêu thụ khoảng 1,35 triệu máy giặt, tăng 8,2% so với cùng kỳ năm 2023; trong đó máy giặt dán nhãn năng lượng 5 sao chiếm 58,6%, tăng 6,1 điểm phần trăm.

Máy giặt sản xuất trong nước đạt 2,9 triệu chiếc, trong đó khoảng 2,1 triệu chiếc dành cho xuất khẩu. Kim ngạch nhập khẩu máy giặt nguyên chiếc đạt 186 triệu USD, giảm 4,5%, chủ yếu từ Thái Lan (47%), Trung Quốc (29%) và Indonesia (11%).

Hiện cả nước có 7 nhà máy sản xuất máy giặt với tổng công suất khoảng 6 triệu chiếc/năm. Riêng Hải Phòng chiếm khoảng 55% sản lượng cả nước, đứng thứ nhất; Đồng Nai đứng thứ hai. Khảo sát tại 5 chuỗi điện máy lớn cho thấy, giá máy giặt cửa ngang 9 kg phổ biến từ 7 đến 12 triệu đồng/chiếc.

Máy giặt thuộc danh mục 26 nhóm sản phẩm bắt buộc dán nhãn năng lượng theo Quyết định số 14/2023/QĐ-TTg. Máy giặt 5 sao tiêu thụ điện ít hơn 25-30% so với máy 1 sao có cùng khối lượng giặt. Theo Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả giai đoạn 2019-2030, Bộ đặt mục tiêu đến năm 2030, tỷ lệ máy giặt hiệu suất cao đạt ít nhất 80% lượng bán ra, góp phần tiết kiệm khoảng 1,2 tỷ kWh điện mỗi năm.

Tin cùng chuyên mục:
- Hội nghị tuyên truyền dán nhãn năng lượng khu vực phía Nam năm 2024
- Công bố danh sách sản phẩm đạt nhãn năng lượng đợt 2

BỘ CÔNG THƯƠNG - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
Giấy phép số 115/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T30 = per("đến năm 2030", end="2030-12-31")

FIGS = [
    fig("gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="thị phần của máy giặt dán nhãn năng lượng 5 sao"),
    fig("khoảng 1,35 triệu", "1,35", 1.35e6, "count", "máy giặt", approx="about",
        change=chg("increase", 8.2, "%", "cùng kỳ năm 2023"), subject="máy giặt cả nước tiêu thụ", period=H1),
    fig("chiếm 58,6%", "58,6", 58.6, "percent", "%",
        change=chg("increase", 6.1, "điểm phần trăm"),
        subject="máy giặt dán nhãn năng lượng 5 sao", period=H1),
    fig("đạt 2,9 triệu", "2,9", 2.9e6, "count", "chiếc",
        subject="máy giặt sản xuất trong nước", period=inh(H1)),
    fig("khoảng 2,1 triệu", "2,1", 2.1e6, "count", "chiếc", approx="about", total=2.9e6,
        subject="máy giặt dành cho xuất khẩu", period=inh(H1)),
    fig("đạt 186 triệu", "186", 186e6, "money", "USD", change=chg("decrease", 4.5, "%"),
        subject="kim ngạch nhập khẩu máy giặt nguyên chiếc", period=inh(H1)),
    fig("(47%)", "47", 47, "percent", "%",
        subject="tỷ trọng kim ngạch nhập khẩu máy giặt nguyên chiếc", period=inh(H1)),
    fig("(29%)", "29", 29, "percent", "%",
        subject="tỷ trọng kim ngạch nhập khẩu máy giặt nguyên chiếc", period=inh(H1)),
    fig("(11%)", "11", 11, "percent", "%",
        subject="tỷ trọng kim ngạch nhập khẩu máy giặt nguyên chiếc", period=inh(H1)),
    fig("có 7 nhà máy", "7", 7, "count", "nhà máy", subject="nhà máy sản xuất máy giặt"),
    fig("khoảng 6 triệu", "6", 6e6, "measure", "chiếc/năm", approx="about",
        subject="tổng công suất các nhà máy sản xuất máy giặt"),
    fig("chiếm khoảng 55%", "55", 55, "percent", "%", approx="about",
        subject="tỷ trọng trong sản lượng máy giặt cả nước", location="Hải Phòng"),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng", subject="sản lượng máy giặt", location="Hải Phòng"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="sản lượng máy giặt", location="Đồng Nai"),
    fig("tại 5 chuỗi", "5", 5, "count", "chuỗi điện máy", subject="chuỗi điện máy lớn được khảo sát"),
    fig("cửa ngang 9 kg", "9", 9, "measure", "kg", subject="khối lượng giặt của máy giặt cửa ngang",
        optional=True),
    fig("từ 7 đến 12 triệu", "7", 7e6, "money", "đồng/chiếc", value_max=12e6,
        subject="giá máy giặt cửa ngang 9 kg"),
    fig("danh mục 26 nhóm", "26", 26, "count", "nhóm sản phẩm",
        subject="nhóm sản phẩm bắt buộc dán nhãn năng lượng"),
    fig("ít hơn 25-30%", "25", 25, "percent", "%", value_max=30,
        subject="điện tiêu thụ của máy giặt 5 sao so với máy 1 sao"),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ máy giặt hiệu suất cao trong lượng bán ra", period=T30),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "measure", "kWh/năm", approx="about", status="target",
        subject="điện tiết kiệm mỗi năm", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '22/08/2024 | 09:30 | Vụ …', related links, address and licence footer. National figures: Việt Nam.",
    "Distractors: '5 sao', '1 sao' (label classes), 09:30, Quyết định số 14/2023/QĐ-TTg, 'giai đoạn 2019-2030', 'đợt 2', '54 Hai Bà Trưng', Giấy phép số 115/GP-TTĐT.",
    "Headline 'chiếm gần 60% thị phần' is a percent figure of its own (no period in the headline).",
    "'trong đó máy giặt … 5 sao chiếm 58,6%, tăng 6,1 điểm phần trăm': a percent figure (a share after a count of another unit) with a change in điểm phần trăm.",
    "'Thái Lan (47%), Trung Quốc (29%) …': trade partners, shares of the import value: percent figures, location Việt Nam.",
    "'Riêng Hải Phòng chiếm khoảng 55% …, đứng thứ nhất; Đồng Nai đứng thứ hai': the province named is the figure's place; 'thứ nhất' = rank 1.",
    "'máy giặt cửa ngang 9 kg' names a product class by its load: optional. 'ít hơn 25-30%' is a percent difference standing as the claim (no change object).",
    "'đến năm 2030' target: start null, end 2030-12-31; the savings clause 'góp phần tiết kiệm khoảng 1,2 tỷ kWh điện mỗi năm' continues it (target, kWh/năm).",
    "The 6-month figures in the second paragraph take 'sáu tháng đầu năm 2024' from the paragraph before (inherited).",
]

if __name__ == "__main__":
    write("p1486-4", TEXT, NOTES, FIGS, published="2024-08-22", location="Việt Nam")
