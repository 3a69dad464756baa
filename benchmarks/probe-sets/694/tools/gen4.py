"""p694-4: ministry site (Bộ TT&TT) — national publishing results, 9 months of 2024."""
from lib import write, fig, per, inh, ch, tg

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức - Sự kiện > Xuất bản, In và Phát hành
08/10/2024 16:05

Xuất bản 9 tháng năm 2024: doanh thu ước đạt hơn 3.200 tỷ đồng

Chiều 7/10, tại trụ sở Bộ (số 18 Nguyễn Du, Hà Nội), Cục Xuất bản, In và Phát hành tổ chức hội nghị giao ban công tác quý III/2024. Theo báo cáo, 9 tháng năm 2024, 57 nhà xuất bản trên cả nước đã xuất bản 33.870 xuất bản phẩm với gần 396 triệu bản, tăng 4,1% về số bản so với cùng kỳ năm 2023. Trong đó, xuất bản phẩm điện tử là 4.120 xuất bản phẩm, chiếm 12,2% tổng số xuất bản phẩm. Riêng quý III, các nhà xuất bản xuất bản 12.460 xuất bản phẩm.

Tổng doanh thu toàn ngành ước đạt 3.214 tỷ đồng, bằng 76% kế hoạch năm; nộp ngân sách nhà nước ước khoảng 165 tỷ đồng. Về cơ cấu số bản, sách giáo khoa, giáo trình chiếm 47,5%; sách thiếu nhi 18,3%; sách chính trị, pháp luật 9,6%. Xét về doanh thu, Nhà xuất bản Giáo dục Việt Nam dẫn đầu, Nhà xuất bản Kim Đồng đứng thứ 2 và Nhà xuất bản Trẻ xếp thứ 3.

Kim ngạch xuất khẩu xuất bản phẩm đạt 1,85 triệu USD; nhập khẩu đạt 27,4 triệu USD, tăng 6,8% so với cùng kỳ. Sách điện tử và sách nói ghi nhận khoảng 1,2 triệu lượt tải, tăng 35%.

Thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư, ngành phấn đấu đến năm 2025 đạt 7 bản sách/người/năm; xuất bản phẩm điện tử chiếm 15% tổng số xuất bản phẩm.
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("ước đạt hơn 3.200 tỷ đồng", "3.200", 3200000000000, "money", "đồng", "doanh thu ngành xuất bản", M9,
        approx="over", status="estimate"),
    fig("2024, 57 nhà xuất bản", "57", 57, "count", "nhà xuất bản", "nhà xuất bản trên cả nước", M9),
    fig("xuất bản 33.870 xuất bản phẩm", "33.870", 33870, "count", "xuất bản phẩm", "xuất bản phẩm đã xuất bản", M9),
    fig("gần 396 triệu bản", "396", 396000000, "count", "bản", "số bản xuất bản phẩm", M9, approx="nearly",
        change=ch("increase", 4.1, "%", "cùng kỳ năm 2023")),
    fig("là 4.120 xuất bản phẩm", "4.120", 4120, "count", "xuất bản phẩm", "xuất bản phẩm điện tử", inh(M9),
        total=33870, percent=12.2),
    fig("xuất bản 12.460 xuất bản phẩm", "12.460", 12460, "count", "xuất bản phẩm",
        "xuất bản phẩm các nhà xuất bản xuất bản", Q3),
    fig("ước đạt 3.214 tỷ đồng", "3.214", 3214000000000, "money", "đồng", "tổng doanh thu toàn ngành xuất bản",
        inh(M9), percent=76, status="estimate"),
    fig("ước khoảng 165 tỷ đồng", "165", 165000000000, "money", "đồng", "nộp ngân sách nhà nước", inh(M9),
        approx="about", status="estimate"),
    fig("chiếm 47,5%", "47,5", 47.5, "percent", "%", "cơ cấu số bản sách giáo khoa, giáo trình", inh(M9)),
    fig("thiếu nhi 18,3%", "18,3", 18.3, "percent", "%", "cơ cấu số bản sách thiếu nhi", inh(M9)),
    fig("pháp luật 9,6%", "9,6", 9.6, "percent", "%", "cơ cấu số bản sách chính trị, pháp luật", inh(M9)),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", "doanh thu Nhà xuất bản Kim Đồng", inh(M9)),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", "doanh thu Nhà xuất bản Trẻ", inh(M9)),
    fig("đạt 1,85 triệu USD", "1,85", 1850000, "money", "USD", "kim ngạch xuất khẩu xuất bản phẩm", inh(M9)),
    fig("đạt 27,4 triệu USD", "27,4", 27400000, "money", "USD", "kim ngạch nhập khẩu xuất bản phẩm", inh(M9),
        change=ch("increase", 6.8, "%", "cùng kỳ")),
    fig("khoảng 1,2 triệu lượt tải", "1,2", 1200000, "count", "lượt tải", "lượt tải sách điện tử và sách nói",
        inh(M9), approx="about", change=ch("increase", 35, "%")),
    fig("đạt 7 bản sách/người/năm", "7", 7, "measure", "bản sách/người/năm", "bản sách bình quân", T25,
        status="target"),
    fig("chiếm 15%", "15", 15, "percent", "%", "xuất bản phẩm điện tử trong tổng số xuất bản phẩm", T25,
        status="target"),
]

COMMENTS = [
    "Ministry site (Bộ Thông tin và Truyền thông): national publishing results for 9 months of 2024. Dateline '08/10/2024 16:05'.",
    "Not figures: 'Chiều 7/10', 'số 18 Nguyễn Du' (address), 'quý III/2024' (meeting name), 'Chỉ thị số 42-CT/TW'.",
    "Every figure is national (Việt Nam); the Hà Nội address only locates the meeting. 'Riêng quý III' takes the year 2024.",
    "4.120 xuất bản phẩm after 'Trong đó' is part of 33.870 (total) with its 'chiếm 12,2%' as percent; 'bằng 76% kế hoạch năm' → percent.",
    "Cơ cấu list: each share is a percent figure (indicator = cơ cấu số bản). 'đứng thứ 2', 'xếp thứ 3' → rank; 'dẫn đầu' has no number.",
    "'tăng 35%' without baseline is the change of 1,2 triệu lượt tải. 'bản sách/người/năm' is a rate unit.",
]

if __name__ == "__main__":
    write("p694-4", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Việt Nam")
