"""p1459-5: national newspaper: the Vietnamese eyewear market, imports by partner, myopia."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Thị trường
Thứ ba, 12/11/2024, 09:20 (GMT+7)

Thị trường kính mắt Việt Nam ước đạt hơn 600 triệu USD

Nhu cầu kính thuốc tăng nhanh do tỷ lệ cận thị cao, trong khi phần lớn gọng và tròng kính vẫn phải nhập khẩu.

Theo ước tính của Hội Thương mại Kính mắt Việt Nam, quy mô thị trường kính mắt năm 2024 khoảng 15.400 tỷ đồng (tương đương hơn 600 triệu USD), tăng khoảng 9% so với năm 2023. Cả nước hiện có khoảng 10.000 cửa hàng kính, trong đó chưa đến 30% đáp ứng đủ điều kiện về nhân lực đo khúc xạ theo quy định mới.

Số liệu của Tổng cục Hải quan cho thấy, 10 tháng đầu năm nay, Việt Nam nhập khẩu kính mắt, gọng và tròng kính (nhóm HS 9001, 9003, 9004) đạt 248,6 triệu USD, tăng 12,3% so với cùng kỳ. Trung Quốc là thị trường cung cấp lớn nhất với 131,2 triệu USD, chiếm 52,8%; tiếp đến là Hàn Quốc 38,4 triệu USD, Thái Lan 21,7 triệu USD và Nhật Bản 17,5 triệu USD. Ở chiều ngược lại, xuất khẩu gọng kính và kính râm, chủ yếu của doanh nghiệp FDI, đạt khoảng 95 triệu USD.

"Khoảng 70% gọng kính bán lẻ trong nước là hàng nhập khẩu, giá phổ biến từ 150.000 đồng đến 1,5 triệu đồng một chiếc", ông Lê Minh Tâm, Chủ tịch Hội Thương mại Kính mắt Việt Nam, nói.

Theo Bộ Y tế, cả nước có khoảng 3 triệu trẻ em bị tật khúc xạ cần đeo kính, trong số này mới có khoảng 1,4 triệu em được đeo kính phù hợp. Tỷ lệ cận thị ở học sinh hiện từ 20-30%, riêng khu vực thành thị có nơi lên tới 40%.

Minh Anh
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
M10 = per("10 tháng đầu năm nay", "2024-01-01", "2024-10-31")
IMP = "nhập khẩu kính mắt, gọng và tròng kính"

FIGS = [
    fig("ước đạt hơn 600 triệu", "600", 600e6, "money", "USD", approx="over", status="estimate",
        subject="thị trường kính mắt Việt Nam"),
    fig("khoảng 15.400 tỷ", "15.400", 15400e9, "money", "đồng", approx="about", status="estimate",
        change=chg("increase", 9, "%", "năm 2023", approx="about"),
        subject="quy mô thị trường kính mắt", period=Y24),
    fig("tương đương hơn 600 triệu", "600", 600e6, "money", "USD", approx="over", status="estimate",
        subject="quy mô thị trường kính mắt", period=Y24, optional=True),
    fig("khoảng 10.000 cửa hàng", "10.000", 10000, "count", "cửa hàng", approx="about",
        subject="cửa hàng kính"),
    fig("chưa đến 30%", "30", 30, "percent", "%", approx="under",
        subject="cửa hàng kính đáp ứng đủ điều kiện về nhân lực đo khúc xạ"),
    fig("đạt 248,6 triệu", "248,6", 248.6e6, "money", "USD",
        change=chg("increase", 12.3, "%", "cùng kỳ"), subject=IMP, period=M10),
    fig("với 131,2 triệu", "131,2", 131.2e6, "money", "USD", percent=52.8,
        subject=IMP + " từ Trung Quốc", period=inh(M10)),
    fig("Hàn Quốc 38,4 triệu", "38,4", 38.4e6, "money", "USD",
        subject=IMP + " từ Hàn Quốc", period=inh(M10)),
    fig("Thái Lan 21,7 triệu", "21,7", 21.7e6, "money", "USD",
        subject=IMP + " từ Thái Lan", period=inh(M10)),
    fig("Nhật Bản 17,5 triệu", "17,5", 17.5e6, "money", "USD",
        subject=IMP + " từ Nhật Bản", period=inh(M10)),
    fig("khoảng 95 triệu", "95", 95e6, "money", "USD", approx="about",
        subject="xuất khẩu gọng kính và kính râm", period=inh(M10)),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="gọng kính bán lẻ trong nước là hàng nhập khẩu"),
    fig("từ 150.000 đồng", "150.000", 150000, "money", "đồng/chiếc", value_max=1.5e6,
        subject="giá gọng kính"),
    fig("khoảng 3 triệu trẻ", "3", 3e6, "count", "trẻ em", approx="about",
        subject="trẻ em bị tật khúc xạ cần đeo kính"),
    fig("khoảng 1,4 triệu", "1,4", 1.4e6, "count", "em", approx="about", total=3e6,
        subject="em được đeo kính phù hợp"),
    fig("từ 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="tỷ lệ cận thị ở học sinh"),
    fig("lên tới 40%", "40", 40, "percent", "%",
        subject="tỷ lệ cận thị ở học sinh khu vực thành thị"),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 12/11/2024, 09:20 (GMT+7)' (published), sapo, quote, byline at the end. Location Việt Nam.",
    "Distractors: 09:20, '(GMT+7)', 'nhóm HS 9001, 9003, 9004' (tariff codes), 'năm 2023' baseline.",
    "Headline 'ước đạt hơn 600 triệu USD' → estimate, over, no period. Body 'Theo ước tính ..., quy mô ... khoảng 15.400 tỷ đồng' → estimate",
    "('ước tính' governs the sentence), about; 'tăng khoảng 9%' is its change (approx about).",
    "Optional: '(tương đương hơn 600 triệu USD)' restates the same amount in another currency; the spec names no rule for it.",
    "'trong đó chưa đến 30%' → a percent figure (under). '10 tháng đầu năm nay' → 2024 (published year).",
    "Import partners list: subject = list indicator + partner; partners are not places (location Việt Nam); period inherited (other sentence).",
    "'chiếm 52,8%' → percent attribute of 131,2 triệu USD. The FDI export figure stands in the same paragraph, other sentence → inherited.",
    "'từ 150.000 đồng đến 1,5 triệu đồng một chiếc' → range 150 000 - 1 500 000, unit đồng/chiếc. 'trong số này ... 1,4 triệu' → total 3 triệu.",
    "'lên tới 40%' has no approx cue in the spec → exact. Standing shares and counts with 'hiện' get no period.",
]

if __name__ == "__main__":
    write("p1459-5", TEXT, NOTES, FIGS, published="2024-11-12", location="Việt Nam")
