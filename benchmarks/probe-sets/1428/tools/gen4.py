"""p1428-4: ministry site (Bộ NN&PTNT, Cục Thủy sản): national seaweed and sea grapes figures 2023, targets 2030."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản

Rong nho trở thành đối tượng nuôi chủ lực ở Nam Trung Bộ

22/03/2024 | 09:45 | Cục Thủy sản

Theo Cục Thủy sản, năm 2023, diện tích nuôi trồng rong biển cả nước đạt khoảng 15.800 ha, sản lượng 98,5 nghìn tấn tươi; trong đó rong nho có diện tích 285 ha, sản lượng khoảng 3.400 tấn, tăng 9% so với năm 2022. Rong nho hiện được nuôi tại 9 tỉnh, thành phố ven biển.

Khánh Hòa là địa phương dẫn đầu với 160 ha và 1.610 tấn (chiếm 47,4% sản lượng rong nho cả nước); Ninh Thuận đứng thứ 2 với 48 ha và 1.015 tấn.

Giá trị xuất khẩu rong nho năm 2023 ước đạt 8,5 triệu USD, gấp 1,6 lần năm 2020. Nhật Bản là thị trường lớn nhất, chiếm khoảng 60% giá trị xuất khẩu, tiếp đến là Hàn Quốc và Hoa Kỳ.

Theo Đề án phát triển nuôi trồng, khai thác rong biển ban hành kèm Quyết định số 1690/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2030, diện tích rong nho cả nước đạt 1.000 ha, sản lượng 15.000 tấn, giá trị xuất khẩu đạt 30-35 triệu USD.

Theo quy trình kỹ thuật, mật độ thả giống phù hợp từ 0,8 đến 1 kg/m2, sau 25-30 ngày có thể thu hoạch lứa đầu. Cục Thủy sản đề nghị các địa phương rà soát quy hoạch vùng nuôi, không để người dân phát triển ồ ạt, gây dư cung như năm 2022.

Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 15.800 ha", "15.800", 15800, "measure", "ha", approx="about",
        subject="diện tích nuôi trồng rong biển cả nước", period=Y23),
    fig("sản lượng 98,5 nghìn", "98,5", 98500, "measure", "tấn",
        subject="sản lượng rong biển", period=Y23),
    fig("diện tích 285 ha", "285", 285, "measure", "ha", total=15800,
        subject="diện tích rong nho", period=Y23),
    fig("khoảng 3.400 tấn", "3.400", 3400, "measure", "tấn", approx="about", total=98500,
        change=chg("increase", 9, "%", "năm 2022"), subject="sản lượng rong nho", period=Y23),
    fig("tại 9 tỉnh", "9", 9, "count", "tỉnh, thành phố", subject="tỉnh, thành phố ven biển nuôi rong nho"),
    fig("với 160 ha", "160", 160, "measure", "ha", subject="diện tích rong nho", period=inh(Y23),
        location="Khánh Hòa"),
    fig("và 1.610 tấn", "1.610", 1610, "measure", "tấn", percent=47.4, subject="sản lượng rong nho",
        period=inh(Y23), location="Khánh Hòa"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="diện tích và sản lượng rong nho", period=inh(Y23),
        location="Ninh Thuận"),
    fig("với 48 ha", "48", 48, "measure", "ha", subject="diện tích rong nho", period=inh(Y23),
        location="Ninh Thuận"),
    fig("và 1.015 tấn", "1.015", 1015, "measure", "tấn", subject="sản lượng rong nho", period=inh(Y23),
        location="Ninh Thuận"),
    fig("ước đạt 8,5 triệu", "8,5", 8.5e6, "money", "USD", status="estimate",
        change=chg("increase", 1.6, "lần", "năm 2020"), subject="giá trị xuất khẩu rong nho", period=Y23),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ trọng thị trường Nhật Bản trong giá trị xuất khẩu rong nho", period=inh(Y23)),
    fig("đạt 1.000 ha", "1.000", 1000, "measure", "ha", status="target",
        subject="diện tích rong nho cả nước", period=TO30),
    fig("sản lượng 15.000 tấn", "15.000", 15000, "measure", "tấn", status="target",
        subject="sản lượng rong nho", period=TO30),
    fig("đạt 30-35 triệu", "30", 30e6, "money", "USD", value_max=35e6, status="target",
        subject="giá trị xuất khẩu rong nho", period=TO30),
    fig("từ 0,8 đến 1 kg/m2", "0,8", 0.8, "measure", "kg/m2", value_max=1,
        subject="mật độ thả giống rong nho phù hợp"),
    fig("sau 25-30 ngày", "25", 25, "measure", "ngày", value_max=30,
        subject="thời gian nuôi đến khi thu hoạch lứa đầu", optional=True),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Thủy sản): breadcrumb, '22/03/2024 | 09:45 | Cục Thủy sản', address and phone footer.",
    "Distractors: 09:45, 'Quyết định số 1690/QĐ-TTg', baselines 'năm 2022'/'năm 2020', 'Số 2 Ngọc Hà', phone, 'm2' in 'kg/m2'.",
    "'98,5 nghìn tấn' = 98 500 tấn. 'trong đó rong nho có diện tích 285 ha, sản lượng khoảng 3.400 tấn': each part takes the",
    "whole that counts the same thing (15.800 ha, 98,5 nghìn tấn). National figures: Việt Nam.",
    "Province list: places are locations; 'chiếm 47,4%' is the percent of 1.610 tấn; 'đứng thứ 2' is a rank of Ninh Thuận; period inherited.",
    "'gấp 1,6 lần năm 2020' is the change of the export value. Japan's 'chiếm khoảng 60%' follows no figure: a percent figure of its own.",
    "'sau 25-30 ngày có thể thu hoạch' is a duration that may only place the harvest in time: optional.",
    "'mật độ ... phù hợp' is a technical norm, not a target: actual.",
    "revised after the first run: rank subject 'địa phương nuôi rong nho' -> 'diện tích và sản lượng rong nho' (the subject is the",
    "ranked indicator, as in the shared gold's ranks; the provinces are ranked by '160 ha và 1.610 tấn' / '48 ha và 1.015 tấn').",
]

if __name__ == "__main__":
    write("p1428-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")
