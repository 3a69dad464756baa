"""p1392-1: province portal (Cổng TTĐT tỉnh Bến Tre): bồn chứa nước hỗ trợ hộ dân vùng hạn mặn, đầu năm 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Bến Tre hỗ trợ hơn 5.600 bồn chứa nước cho hộ dân vùng hạn mặn

Cập nhật: 18/03/2024 10:45 | Lượt xem: 3.162

Theo Sở Nông nghiệp và Phát triển nông thôn, từ đầu năm đến nay, toàn tỉnh đã hỗ trợ 5.684 bồn chứa nước cho hộ dân vùng hạn mặn, đạt 81,2% kế hoạch, với tổng kinh phí gần 17,3 tỷ đồng. Trong đó, ngân sách tỉnh 11,5 tỷ đồng, vốn vận động từ doanh nghiệp và nhà hảo tâm 5,8 tỷ đồng.

Mỗi bồn nhựa có dung tích 1.000 lít, giá khoảng 3,1 triệu đồng/bồn; mỗi hộ được nhận một bồn. Đối tượng hỗ trợ là hộ nghèo, hộ cận nghèo, gia đình chính sách chưa có dụng cụ trữ nước ngọt, theo Quyết định số 312/QĐ-UBND ngày 20/02/2024 của UBND tỉnh. Hiện nay, nguồn nước mưa tích trữ trong các bồn đã giúp khoảng 21.000 người dân có nước ngọt sinh hoạt, bình quân 20-25 lít/người/ngày.

Theo dự báo của Đài Khí tượng Thủy văn tỉnh, trong tháng 4/2024, ranh mặn 4‰ có thể xâm nhập sâu từ 45 đến 55 km trên các sông chính, cao hơn trung bình nhiều năm khoảng 5 km. Toàn tỉnh hiện có khoảng 26.400 hộ ở 57 xã có nguy cơ thiếu nước sinh hoạt, tăng 3.100 hộ so với mùa khô năm 2023.

Để chủ động nguồn nước, tỉnh phấn đấu đến cuối năm 2024 hỗ trợ thêm 1.316 bồn, hoàn thành kế hoạch 7.000 bồn; mục tiêu đến năm 2025 có 98% hộ dân nông thôn được sử dụng nước hợp vệ sinh.

Tin liên quan:
- Ba Tri: Khánh thành công trình cấp nước xã An Thủy giai đoạn 2
- Hướng dẫn người dân trữ nước ngọt mùa khô năm 2024
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-03-18")
APR = per("trong tháng 4/2024", "2024-04-01", "2024-04-30")
END24 = per("đến cuối năm 2024", None, "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 5.600 bồn", "5.600", 5600, "count", "bồn", approx="over",
        subject="bồn chứa nước hỗ trợ cho hộ dân vùng hạn mặn"),
    fig("hỗ trợ 5.684 bồn", "5.684", 5684, "count", "bồn", percent=81.2,
        subject="bồn chứa nước hỗ trợ cho hộ dân vùng hạn mặn", period=YTD),
    fig("gần 17,3 tỷ", "17,3", 17.3e9, "money", "đồng", approx="nearly",
        subject="tổng kinh phí hỗ trợ bồn chứa nước", period=YTD),
    fig("ngân sách tỉnh 11,5 tỷ", "11,5", 11.5e9, "money", "đồng", total=17.3e9,
        subject="kinh phí từ ngân sách tỉnh", period=inh(YTD)),
    fig("nhà hảo tâm 5,8 tỷ", "5,8", 5.8e9, "money", "đồng", total=17.3e9,
        subject="vốn vận động từ doanh nghiệp và nhà hảo tâm", period=inh(YTD)),
    fig("dung tích 1.000 lít", "1.000", 1000, "measure", "lít", subject="dung tích mỗi bồn nhựa"),
    fig("khoảng 3,1 triệu", "3,1", 3.1e6, "money", "đồng/bồn", approx="about", subject="giá mỗi bồn nhựa"),
    fig("nhận một bồn", "một", 1, "measure", "bồn/hộ", subject="bồn mỗi hộ được nhận"),
    fig("khoảng 21.000 người", "21.000", 21000, "count", "người", approx="about",
        subject="người dân có nước ngọt sinh hoạt nhờ nước mưa tích trữ trong các bồn"),
    fig("bình quân 20-25", "20", 20, "measure", "lít/người/ngày", value_max=25,
        subject="lượng nước ngọt sinh hoạt bình quân"),
    fig("ranh mặn 4‰", "4", 4, "measure", "‰", optional=True),
    fig("từ 45 đến 55 km", "45", 45, "measure", "km", value_max=55, status="forecast",
        change=chg("increase", 5, "km", "trung bình nhiều năm", approx="about"),
        subject="chiều sâu xâm nhập của ranh mặn 4‰ trên các sông chính", period=APR),
    fig("khoảng 26.400 hộ", "26.400", 26400, "count", "hộ", approx="about",
        change=chg("increase", 3100, "hộ", "mùa khô năm 2023"),
        subject="hộ có nguy cơ thiếu nước sinh hoạt"),
    fig("ở 57 xã", "57", 57, "count", "xã", subject="xã có hộ nguy cơ thiếu nước sinh hoạt"),
    fig("thêm 1.316 bồn", "1.316", 1316, "count", "bồn", status="target",
        subject="bồn chứa nước hỗ trợ thêm", period=END24),
    fig("kế hoạch 7.000 bồn", "7.000", 7000, "count", "bồn", status="target",
        subject="kế hoạch hỗ trợ bồn chứa nước", period=END24),
    fig("có 98% hộ", "98", 98, "percent", "%", status="target",
        subject="tỷ lệ hộ dân nông thôn được sử dụng nước hợp vệ sinh", period=TO25),
]

NOTES = [
    "Province portal (Cổng TTĐT Bến Tre): breadcrumb, headline figure, 'Cập nhật: 18/03/2024 10:45 | Lượt xem: 3.162', related links.",
    "Distractors: 10:45, Lượt xem 3.162, Quyết định số 312/QĐ-UBND ngày 20/02/2024, 'giai đoạn 2' and 'năm 2024' in link titles.",
    "'từ đầu năm đến nay' ends at the dateline. 'Trong đó' parts after a sentence break take the whole 17,3 tỷ (11,5 + 5,8).",
    "'đạt 81,2% kế hoạch' → percent attribute. 'mỗi hộ được nhận một bồn' is a rate (bồn/hộ, measure).",
    "'ranh mặn 4‰' names the salinity isoline (a threshold label): optional. The forecast depth 45-55 km carries the change 'cao hơn ... khoảng 5 km'.",
    "'tăng 3.100 hộ so với mùa khô năm 2023' belongs to the hộ figure (26.400), not to the nearer '57 xã'. 'hiện' gives no period.",
    "'phấn đấu đến cuối năm 2024' → target, start null, end 2024-12-31 (like 'đến năm 2030').",
]

if __name__ == "__main__":
    write("p1392-1", TEXT, NOTES, FIGS, published="2024-03-18", location="Bến Tre")
