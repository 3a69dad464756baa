"""p1448-8: radio/TV site (Đài PT-TH Ninh Bình): a Korean-invested eyelash factory opens in Kim Sơn; district and province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """NBTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NINH BÌNH
Thời sự | Kinh tế | Xã hội | Văn hóa | Video | Phát thanh

Khánh thành nhà máy mi giả 15 triệu USD tại Kim Sơn
Cập nhật lúc 16:20 ngày 27/09/2024

Sáng 27/9, Công ty TNHH Lashes Vina Star (vốn Hàn Quốc) khánh thành nhà máy sản xuất mi giả tại Cụm công nghiệp Đồng Hướng, huyện Kim Sơn. Nhà máy có tổng vốn đầu tư 15 triệu USD, diện tích hơn 2,4 ha, công suất thiết kế 30 triệu cặp mi/năm.

Giai đoạn 1, nhà máy tuyển dụng 800 lao động; đến năm 2026, khi hoàn thành giai đoạn 2, dự kiến nâng số lao động lên 2.000 người. Mức lương khởi điểm tối thiểu 5,2 triệu đồng/tháng, chưa kể phụ cấp. Hơn 90% sản phẩm được xuất khẩu sang Mỹ và châu Âu.

Ông Park Ji Hoon, Tổng Giám đốc công ty, cho biết quý IV năm nay, nhà máy dự kiến xuất lô hàng đầu tiên khoảng 1,2 triệu cặp mi, trị giá gần 3 triệu USD.

Theo UBND huyện Kim Sơn, từ đầu năm đến nay, huyện thu hút 4 dự án sản xuất mi giả, tóc giả với tổng vốn đăng ký 1.050 tỷ đồng, gấp 2,5 lần cùng kỳ năm 2023. Toàn huyện hiện có 19 cơ sở làm mi giả, sử dụng khoảng 2.700 lao động, chiếm 6,8% lao động phi nông nghiệp của huyện.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh cho biết toàn tỉnh Ninh Bình hiện có 11 doanh nghiệp FDI trong lĩnh vực tóc giả, mi giả, đề nghị công ty quan tâm đào tạo, bảo đảm quyền lợi cho người lao động.

Tin cùng chuyên mục:
- Kim Sơn: Hội nghị xúc tiến đầu tư vào các cụm công nghiệp
- Khai mạc Lễ hội Hoa Lư lần thứ 17
"""

Q4 = per("quý IV năm nay", "2024-10-01", "2024-12-31")
T26 = per("đến năm 2026", None, "2026-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-09-27")

FIGS = [
    fig("nhà máy mi giả 15 triệu", "15", 15e6, "money", "USD", subject="nhà máy mi giả"),
    fig("đầu tư 15 triệu", "15", 15e6, "money", "USD", subject="tổng vốn đầu tư nhà máy"),
    fig("hơn 2,4 ha", "2,4", 2.4, "measure", "ha", approx="over", subject="diện tích nhà máy"),
    fig("thiết kế 30 triệu", "30", 30e6, "measure", "cặp mi/năm", subject="công suất thiết kế"),
    fig("tuyển dụng 800 lao động", "800", 800, "count", "lao động",
        subject="lao động nhà máy tuyển dụng giai đoạn 1"),
    fig("lên 2.000 người", "2.000", 2000, "count", "người", status="forecast",
        subject="số lao động", period=T26),
    fig("tối thiểu 5,2 triệu", "5,2", 5.2e6, "money", "đồng/tháng", approx="at_least",
        subject="mức lương khởi điểm"),
    fig("Hơn 90% sản phẩm", "90", 90, "percent", "%", approx="over",
        subject="sản phẩm được xuất khẩu sang Mỹ và châu Âu"),
    fig("khoảng 1,2 triệu cặp", "1,2", 1.2e6, "count", "cặp mi", approx="about", status="forecast",
        subject="lô hàng đầu tiên", period=Q4),
    fig("gần 3 triệu", "3", 3e6, "money", "USD", approx="nearly", status="forecast",
        subject="trị giá lô hàng đầu tiên", period=Q4),
    fig("thu hút 4 dự án", "4", 4, "count", "dự án", subject="dự án sản xuất mi giả, tóc giả",
        period=YTD),
    fig("đăng ký 1.050 tỷ", "1.050", 1050e9, "money", "đồng",
        change=chg("increase", 2.5, "lần", "cùng kỳ năm 2023"),
        subject="tổng vốn đăng ký", period=YTD),
    fig("có 19 cơ sở", "19", 19, "count", "cơ sở", subject="cơ sở làm mi giả"),
    fig("khoảng 2.700 lao động", "2.700", 2700, "count", "lao động", approx="about", percent=6.8,
        subject="lao động các cơ sở làm mi giả sử dụng"),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp FDI",
        subject="doanh nghiệp FDI trong lĩnh vực tóc giả, mi giả", location="Ninh Bình"),
]

NOTES = [
    "Radio/TV site (NBTV Ninh Bình): channel banner, menu, 'Cập nhật lúc 16:20 ngày 27/09/2024', 'Tin cùng chuyên mục'.",
    "Distractors: 16:20, 'Sáng 27/9', 'Giai đoạn 1', 'giai đoạn 2' (project phases), 'Cụm công nghiệp Đồng Hướng', 'Lễ hội Hoa Lư lần thứ 17', the firm name.",
    "Location Kim Sơn (the factory and the district figures); the provincial count of FDI firms -> Ninh Bình. Mỹ, châu Âu, Hàn Quốc are not places of figures.",
    "Headline '15 triệu USD' is its own figure (the factory's investment), no period.",
    "'đến năm 2026 ... dự kiến nâng số lao động lên 2.000 người' -> forecast, period end 2026-12-31. 'tối thiểu' -> at_least.",
    "'quý IV năm nay' -> 2024 Q4 (published); 'dự kiến' governs the shipment and its value. 'từ đầu năm đến nay' -> 2024-01-01..2024-09-27 (dateline).",
    "'gấp 2,5 lần cùng kỳ năm 2023' -> change x2,5 (lần) of the 1.050 tỷ. 'chiếm 6,8% lao động phi nông nghiệp' -> percent attribute of 2.700.",
    "'800 lao động' in 'Giai đoạn 1' (a project phase, no calendar period): no period.",
]

if __name__ == "__main__":
    write("p1448-8", TEXT, NOTES, FIGS, published="2024-09-27", location="Kim Sơn")
