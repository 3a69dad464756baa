"""p1528-1: province portal (Hà Nội): honeycomb coal stoves still in use, conversion from the start of the year."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Hà Nội còn gần 4.800 bếp than tổ ong

Cập nhật: 14/11/2024 09:35 | Lượt xem: 3.126

Theo báo cáo của Sở Tài nguyên và Môi trường, tính đến ngày 31/10/2024, toàn thành phố còn 4.762 bếp than tổ ong đang được sử dụng. Trong đó, hộ gia đình 2.981 bếp, cơ sở kinh doanh dịch vụ ăn uống 1.781 bếp.

Từ đầu năm đến nay, các quận, huyện đã vận động chuyển đổi 1.836 bếp sang sử dụng bếp gas, bếp điện, đạt 61,2% kế hoạch năm, tăng 24% so với cùng kỳ năm 2023. Các địa bàn còn nhiều bếp than tổ ong nhất lần lượt là quận Đống Đa (512 bếp), quận Hoàng Mai (468 bếp) và quận Cầu Giấy (395 bếp).

Kết quả quan trắc cho thấy, tại các khu dân cư còn đun than tổ ong, nồng độ bụi PM2.5 vào sáng sớm cao hơn 20-30% so với khu vực khác. Mỗi bếp than tổ ong đốt trung bình 3-4 viên than/ngày, thải ra nhiều khí CO, SO2 gây hại cho sức khỏe người dân.

Thực hiện Chỉ thị số 15/CT-UBND ngày 2/8/2017 của UBND thành phố, năm 2025, Hà Nội phấn đấu loại bỏ thêm ít nhất 3.500 bếp, cơ bản chấm dứt việc sử dụng bếp than tổ ong trên địa bàn. Hiện mỗi hộ chuyển đổi được thành phố hỗ trợ 500.000 đồng.

Tin liên quan:
- Hà Nội ra quân kiểm tra các điểm đốt rơm rạ năm 2024
- Công bố chỉ số chất lượng không khí quý III/2024
"""

ASOF = per("tính đến ngày 31/10/2024", None, "2024-10-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-14")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("còn gần 4.800 bếp", "4.800", 4800, "count", "bếp", approx="nearly",
        subject="bếp than tổ ong"),
    fig("còn 4.762 bếp", "4.762", 4762, "count", "bếp",
        subject="bếp than tổ ong đang được sử dụng", period=ASOF),
    fig("hộ gia đình 2.981 bếp", "2.981", 2981, "count", "bếp", total=4762,
        subject="bếp than tổ ong của hộ gia đình", period=inh(ASOF)),
    fig("ăn uống 1.781 bếp", "1.781", 1781, "count", "bếp", total=4762,
        subject="bếp than tổ ong của cơ sở kinh doanh dịch vụ ăn uống", period=inh(ASOF)),
    fig("chuyển đổi 1.836 bếp", "1.836", 1836, "count", "bếp", percent=61.2,
        change=chg("increase", 24, "%", "cùng kỳ năm 2023"),
        subject="bếp chuyển đổi sang sử dụng bếp gas, bếp điện", period=YTD),
    fig("Đống Đa (512 bếp)", "512", 512, "count", "bếp",
        subject="bếp than tổ ong", location="Đống Đa"),
    fig("Hoàng Mai (468 bếp)", "468", 468, "count", "bếp",
        subject="bếp than tổ ong", location="Hoàng Mai"),
    fig("Cầu Giấy (395 bếp)", "395", 395, "count", "bếp",
        subject="bếp than tổ ong", location="Cầu Giấy"),
    fig("cao hơn 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="nồng độ bụi PM2.5 vào sáng sớm tại các khu dân cư còn đun than tổ ong so với khu vực khác"),
    fig("trung bình 3-4 viên", "3", 3, "measure", "viên than/ngày", value_max=4,
        subject="than mỗi bếp than tổ ong đốt"),
    fig("ít nhất 3.500 bếp", "3.500", 3500, "count", "bếp", approx="at_least", status="target",
        subject="bếp than tổ ong loại bỏ thêm", period=Y25),
    fig("hỗ trợ 500.000 đồng", "500.000", 500000, "money", "đồng/hộ",
        subject="mức hỗ trợ mỗi hộ chuyển đổi"),
]

NOTES = [
    "Province portal (Hà Nội): honeycomb coal stoves still in use as of 31/10/2024; breadcrumb, 'Cập nhật: 14/11/2024 09:35 | Lượt xem: 3.126', related links.",
    "Distractors: 09:35, Lượt xem 3.126, PM2.5, CO, SO2, Chỉ thị số 15/CT-UBND ngày 2/8/2017, 'năm 2024' and 'quý III/2024' in link titles, baseline 'năm 2023'.",
    "Headline 'gần 4.800 bếp' is its own figure (nearly), no period. 'Trong đó' parts after a sentence break take total 4.762; as-of date inherited.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-11-14. 'đạt 61,2% kế hoạch năm' is the percent attribute, 'tăng 24% so với cùng kỳ năm 2023' the change.",
    "List 'lần lượt là quận Đống Đa (512 bếp) …': each item is a figure, the district is its location, the subject the list's indicator.",
    "'cao hơn 20-30% so với khu vực khác' has no base amount: a percent figure (range). 'Mỗi bếp … 3-4 viên than/ngày' a rate (measure).",
    "'phấn đấu … ít nhất 3.500 bếp' → target, at_least. 'Hiện mỗi hộ … 500.000 đồng' is a standing rate (đồng/hộ), no period.",
]

if __name__ == "__main__":
    write("p1528-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Hà Nội")
